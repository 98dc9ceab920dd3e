param([Parameter(Mandatory)][string]$Server)
$key = Join-Path $env:USERPROFILE '.ssh\id_ed25519'

# The agent service ships disabled on Windows.
if ((Get-Service ssh-agent).StartType -eq 'Disabled') {
  Write-Host 'Enabling ssh-agent (needs an elevated prompt)...'
  Set-Service ssh-agent -StartupType Automatic
}
Start-Service ssh-agent

if (-not (Test-Path $key)) { ssh-keygen -t ed25519 -f $key }
ssh-add $key

# Append our public key on the server (the user types their server password once).
Get-Content "$key.pub" | ssh $Server "umask 077; mkdir -p ~/.ssh; cat >> ~/.ssh/authorized_keys"
ssh -o PasswordAuthentication=no $Server 'echo key login works'
