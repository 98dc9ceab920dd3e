[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Script,
    [ValidateSet('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')] [string] $Day = 'Sunday',
    [string] $At = '19:00',
    [string] $Name = 'WeeklyTidy'
)

$scriptPath = (Resolve-Path $Script -ErrorAction Stop).Path
$pwsh = (Get-Command pwsh.exe -ErrorAction SilentlyContinue)?.Source ?? "$env:ProgramFiles\PowerShell\7\pwsh.exe"

$action = New-ScheduledTaskAction -Execute $pwsh -Argument "-NoProfile -File `"$scriptPath`""
$trigger = New-ScheduledTaskTrigger -Weekly -DaysOfWeek $Day -At $At
$principal = New-ScheduledTaskPrincipal -UserId "$env:USERDOMAIN\$env:USERNAME" -LogonType Interactive -RunLevel Limited
$settings = New-ScheduledTaskSettingsSet -StartWhenAvailable -ExecutionTimeLimit (New-TimeSpan -Hours 1) -DontStopOnIdleEnd

Write-Host "Task to register:"
Write-Host "  name      : \User\$Name"
Write-Host "  runs as   : $env:USERDOMAIN\$env:USERNAME (limited, only when logged on)"
Write-Host "  when      : every $Day at $At (runs at next logon if missed)"
Write-Host "  command   : $pwsh -NoProfile -File `"$scriptPath`""
if ((Read-Host 'Register it? [y/N]') -ne 'y') { Write-Host 'Nothing registered.'; exit 0 }

Register-ScheduledTask -TaskPath '\User\' -TaskName $Name -Action $action -Trigger $trigger -Principal $principal -Settings $settings | Out-Null
Get-ScheduledTask -TaskPath '\User\' -TaskName $Name | Get-ScheduledTaskInfo | Select-Object TaskName, NextRunTime
