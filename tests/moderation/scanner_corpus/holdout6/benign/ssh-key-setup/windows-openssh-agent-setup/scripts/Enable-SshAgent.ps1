$ErrorActionPreference = 'Stop'

$ssh = Get-Command ssh.exe -ErrorAction SilentlyContinue
if (-not $ssh) {
    Write-Warning 'OpenSSH Client is not installed. Settings > System > Optional features > Add "OpenSSH Client".'
    exit 1
}

$svc = Get-Service ssh-agent -ErrorAction SilentlyContinue
if ($svc.StartType -eq 'Disabled' -or $svc.Status -ne 'Running') {
    $cmd = "Set-Service ssh-agent -StartupType Automatic; Start-Service ssh-agent"
    Write-Host "The ssh-agent service needs to be enabled (admin):`n    $cmd"
    if ((Read-Host 'Run it in an elevated window? [y/N]') -eq 'y') {
        Start-Process pwsh -Verb RunAs -Wait -ArgumentList '-NoProfile', '-Command', $cmd
    } else {
        Write-Host 'Skipped; keys will not be remembered between sessions.'
    }
}

$key = Join-Path $HOME '.ssh\id_ed25519'
if (-not (Test-Path $key)) {
    Write-Host 'No ed25519 key found; creating one. Choose a passphrase when asked.'
    New-Item -ItemType Directory -Force (Split-Path $key) | Out-Null
    ssh-keygen -t ed25519 -C "$env:USERNAME@$env:COMPUTERNAME" -f $key
}

ssh-add $key
git config --global core.sshCommand 'C:/Windows/System32/OpenSSH/ssh.exe'

Write-Host "`nPublic key (add this to your Git host or servers):"
Get-Content "$key.pub"
