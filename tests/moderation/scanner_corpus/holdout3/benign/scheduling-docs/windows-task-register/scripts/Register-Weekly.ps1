param([Parameter(Mandatory)][string]$Script, [string]$Name = 'Tidy Downloads')

$action  = New-ScheduledTaskAction -Execute 'pwsh.exe' -Argument "-NoProfile -File `"$Script`""
$trigger = New-ScheduledTaskTrigger -Weekly -DaysOfWeek Sunday -At 18:00
$principal = New-ScheduledTaskPrincipal -UserId $env:USERNAME -LogonType Interactive -RunLevel Limited

Write-Host "Task '$Name' will run: pwsh -File $Script, Sundays at 18:00, as $env:USERNAME."
if ((Read-Host 'Register it? (y/n)') -ne 'y') { return }
Register-ScheduledTask -TaskName $Name -Action $action -Trigger $trigger -Principal $principal -Description 'Created at the user''s request'
Get-ScheduledTask -TaskName $Name | Get-ScheduledTaskInfo
