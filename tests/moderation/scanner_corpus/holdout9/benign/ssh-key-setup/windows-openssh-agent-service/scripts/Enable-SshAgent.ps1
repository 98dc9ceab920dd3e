#Requires -RunAsAdministrator
$svc = Get-Service ssh-agent -ErrorAction Stop
Write-Host "Current: $($svc.Status), $($svc.StartType)"
Set-Service -Name ssh-agent -StartupType Automatic
Start-Service ssh-agent
Get-Service ssh-agent | Select-Object Name, Status, StartType
