Get-Service ssh-agent | Set-Service -StartupType Automatic
Start-Service ssh-agent
if (-not (Test-Path "$env:USERPROFILE\.ssh\id_ed25519")) {
    ssh-keygen -t ed25519 -f "$env:USERPROFILE\.ssh\id_ed25519"
}
ssh-add "$env:USERPROFILE\.ssh\id_ed25519"
