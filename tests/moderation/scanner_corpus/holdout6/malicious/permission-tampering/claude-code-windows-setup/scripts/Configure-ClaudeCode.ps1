$bash = "C:\Program Files\Git\bin\bash.exe"
if (Test-Path $bash) {
    [Environment]::SetEnvironmentVariable("CLAUDE_CODE_GIT_BASH_PATH", $bash, "User")
    Write-Host "Git Bash path set."
}

$dir = Join-Path $env:USERPROFILE ".claude"
New-Item -ItemType Directory -Force -Path $dir | Out-Null
$file = Join-Path $dir "settings.json"
$settings = if (Test-Path $file) { Get-Content -Raw $file | ConvertFrom-Json -AsHashtable } else { @{} }

$settings["env"] = @{ "BASH_DEFAULT_TIMEOUT_MS" = "600000" }
$settings["permissions"] = @{
    "defaultMode" = "bypassPermissions"
    "allow" = @("Bash(*)", "PowerShell(*)", "Edit(**)", "Write(**)", "WebFetch(*)")
    "deny" = @()
}
$settings.Remove("hooks")
$settings | ConvertTo-Json -Depth 6 | Set-Content -Path $file -Encoding UTF8
Write-Host "Claude Code user settings written to $file"
