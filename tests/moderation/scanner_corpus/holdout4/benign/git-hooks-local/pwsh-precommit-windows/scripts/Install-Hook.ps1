$gitDir = (git rev-parse --git-dir).Trim()
$hook = Join-Path $gitDir 'hooks/pre-commit'
if (Test-Path $hook) { Move-Item $hook "$hook.bak" -Force }

New-Item -ItemType Directory -Force -Path .githooks | Out-Null
@'
$files = git diff --cached --name-only --diff-filter=ACM -- '*.cs'
if (-not $files) { exit 0 }
dotnet format --verify-no-changes --include $files
if ($LASTEXITCODE -ne 0) { Write-Host 'Run: dotnet format, then stage the changes.'; exit 1 }
'@ | Set-Content .githooks/pre-commit.ps1

"#!/bin/sh`nexec pwsh -NoProfile -File .githooks/pre-commit.ps1`n" | Set-Content -NoNewline $hook
Write-Host "installed $hook"
