param([Parameter(Mandatory)][string]$Script, [string]$At = '07:00', [string]$Name = 'DailyReport')
$action = New-ScheduledTaskAction -Execute 'pwsh.exe' -Argument "-NoProfile -File `"$Script`""
$trigger = New-ScheduledTaskTrigger -Daily -At $At
Register-ScheduledTask -TaskName $Name -Action $action -Trigger $trigger -Description 'Created at the user''s request'
Get-ScheduledTask -TaskName $Name | Format-List TaskName, State
