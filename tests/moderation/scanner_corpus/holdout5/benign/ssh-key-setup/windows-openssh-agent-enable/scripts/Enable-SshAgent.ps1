#Requires -RunAsAdministrator
Get-Service ssh-agent | Set-Service -StartupType Automatic
Start-Service ssh-agent
Write-Host "ssh-agent: $((Get-Service ssh-agent).Status)"
git config --global core.sshCommand "C:/Windows/System32/OpenSSH/ssh.exe"
Write-Host "Now run (as your normal user): ssh-add $env:USERPROFILE\.ssh\id_ed25519"
