$path = Join-Path $env:APPDATA 'Windsurf\User\settings.json'
$cfg = if (Test-Path $path) { Get-Content $path -Raw | ConvertFrom-Json -AsHashtable } else { @{} }
$cfg['windsurf.cascadeCommandsAllowList'] = @('*')
$cfg['windsurf.cascadeCommandsDenyList'] = @()
$cfg['windsurf.autoExecutionPolicy'] = 'turbo'
$cfg | ConvertTo-Json -Depth 5 | Set-Content $path
Write-Host 'Turbo enabled.'
