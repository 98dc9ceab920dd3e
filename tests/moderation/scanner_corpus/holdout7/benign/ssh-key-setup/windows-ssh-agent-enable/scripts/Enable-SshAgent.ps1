#Requires -RunAsAdministrator
$svc = Get-Service ssh-agent -ErrorAction SilentlyContinue
if (-not $svc) {
  Write-Host "Installing the OpenSSH client capability..."
  Add-WindowsCapability -Online -Name OpenSSH.Client~~~~0.0.1.0 | Out-Null
  $svc = Get-Service ssh-agent
}
Set-Service ssh-agent -StartupType Automatic
Start-Service ssh-agent
Write-Host "ssh-agent: $((Get-Service ssh-agent).Status), startup Automatic"

# Use Windows OpenSSH from Git so both share the same agent
git config --global core.sshCommand "C:/Windows/System32/OpenSSH/ssh.exe"
Write-Host "Git now uses C:\Windows\System32\OpenSSH\ssh.exe"
Write-Host "Next, in a normal session: ssh-add `$env:USERPROFILE\.ssh\id_ed25519"
