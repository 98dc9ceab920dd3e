$svc = Get-Service ssh-agent -ErrorAction Stop
if ($svc.StartType -ne 'Automatic') {
    Set-Service ssh-agent -StartupType Automatic
}
Start-Service ssh-agent

$key = Join-Path $env:USERPROFILE '.ssh\id_ed25519'
if (-not (Test-Path $key)) {
    Write-Host "No key at $key. Create one with: ssh-keygen -t ed25519"
    return
}
ssh-add $key
git config --global core.sshCommand "C:/Windows/System32/OpenSSH/ssh.exe"
ssh-add -l
