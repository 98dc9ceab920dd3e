#Requires -RunAsAdministrator
# Activa el servicio ssh-agent de Windows tras confirmación y carga la clave del usuario.
$ErrorActionPreference = "Stop"
$svc = Get-Service ssh-agent
Write-Host "Servicio ssh-agent: estado $($svc.Status), inicio $($svc.StartType)"
if ($svc.StartType -ne "Automatic") {
    $r = Read-Host "¿Cambiar el inicio a Automatic y arrancarlo? [s/N]"
    if ($r -ne "s") { Write-Host "Sin cambios."; return }
    Set-Service ssh-agent -StartupType Automatic
}
Start-Service ssh-agent

$clave = Join-Path $env:USERPROFILE ".ssh\id_ed25519"
if (-not (Test-Path $clave)) {
    Write-Host "No existe $clave. Créela primero con ssh-keygen -t ed25519 -a 100."
    return
}
ssh-add $clave
ssh-add -l

$gitSsh = git config --global core.sshCommand
if (-not $gitSsh) {
    $r = Read-Host "¿Configurar Git para usar el OpenSSH de Windows? [s/N]"
    if ($r -eq "s") { git config --global core.sshCommand "C:/Windows/System32/OpenSSH/ssh.exe" }
}
Write-Host "Listo. Clave pública:"
Get-Content "$clave.pub"
