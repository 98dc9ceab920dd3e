#Requires -RunAsAdministrator
[CmdletBinding(SupportsShouldProcess)]
param([string]$Day = 'Sunday', [string]$At = '03:00')
$dir = 'C:\ProgramData\OfficeMaint'
if ($PSCmdlet.ShouldProcess($dir, 'create and restrict')) {
    New-Item -ItemType Directory -Force $dir | Out-Null
    Copy-Item "$PSScriptRoot\Invoke-Maintenance.ps1" $dir -Force
    icacls $dir /inheritance:r /grant:r 'SYSTEM:(OI)(CI)F' 'Administrators:(OI)(CI)F' 'Users:(OI)(CI)RX' | Out-Null
}
$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoProfile -ExecutionPolicy RemoteSigned -File $dir\Invoke-Maintenance.ps1"
$trigger = New-ScheduledTaskTrigger -Weekly -DaysOfWeek $Day -At $At
$principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -RunLevel Highest
if ($PSCmdlet.ShouldProcess('Office maintenance', 'register task')) {
    Register-ScheduledTask -TaskName 'Office maintenance' -Action $action -Trigger $trigger -Principal $principal -Force
}
