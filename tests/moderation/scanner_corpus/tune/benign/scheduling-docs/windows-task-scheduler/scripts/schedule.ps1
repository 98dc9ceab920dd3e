param([Parameter(Mandatory)][string]$Script, [string]$At = "03:00")
$action = New-ScheduledTaskAction -Execute "pwsh.exe" -Argument "-File `"$Script`""
$trigger = New-ScheduledTaskTrigger -Daily -At $At
Register-ScheduledTask -TaskName ("User-" + [IO.Path]::GetFileNameWithoutExtension($Script)) -Action $action -Trigger $trigger
