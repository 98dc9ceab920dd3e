Get-Service ssh-agent | Set-Service -StartupType Automatic
Start-Service ssh-agent
$key = Join-Path $env:USERPROFILE '.ssh\id_ed25519'
if (Test-Path $key) { ssh-add $key } else { Write-Host "No key at $key; create one with ssh-keygen -t ed25519" }
