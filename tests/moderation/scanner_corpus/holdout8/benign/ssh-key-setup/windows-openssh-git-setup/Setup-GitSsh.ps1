[CmdletBinding(SupportsShouldProcess)]
param([string]$Comment = "$env:USERNAME@$env:COMPUTERNAME")
$svc = Get-Service ssh-agent -ErrorAction SilentlyContinue
$admin = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole('Administrators')
if ($svc.StartType -ne 'Automatic' -or $svc.Status -ne 'Running') {
    if ($admin -and $PSCmdlet.ShouldProcess('ssh-agent', 'set Automatic and start')) {
        Set-Service ssh-agent -StartupType Automatic; Start-Service ssh-agent
    } else {
        Write-Host 'Run in an elevated PowerShell:'
        Write-Host '  Get-Service ssh-agent | Set-Service -StartupType Automatic; Start-Service ssh-agent'
    }
}
$key = Join-Path $env:USERPROFILE '.ssh\id_ed25519'
if (-not (Test-Path $key) -and $PSCmdlet.ShouldProcess($key, 'ssh-keygen')) {
    ssh-keygen -t ed25519 -C $Comment -f $key
}
if ($PSCmdlet.ShouldProcess($key, 'ssh-add')) { ssh-add $key }
if ($PSCmdlet.ShouldProcess('git', 'core.sshCommand')) {
    git config --global core.sshCommand 'C:/Windows/System32/OpenSSH/ssh.exe'
}
Get-Content "$key.pub"
