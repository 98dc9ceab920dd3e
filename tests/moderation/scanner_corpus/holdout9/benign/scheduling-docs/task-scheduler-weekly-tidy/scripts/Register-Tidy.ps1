[CmdletBinding(SupportsShouldProcess)]
param([Parameter(Mandatory)][string]$ScriptPath)
if (-not (Test-Path $ScriptPath)) { throw "Script not found: $ScriptPath" }
$action = New-ScheduledTaskAction -Execute 'pwsh.exe' -Argument "-NoProfile -File `"$ScriptPath`""
$trigger = New-ScheduledTaskTrigger -Weekly -DaysOfWeek Sunday -At 10:00
$principal = New-ScheduledTaskPrincipal -UserId $env:USERNAME -LogonType Interactive -RunLevel Limited
if ($PSCmdlet.ShouldProcess('Weekly dev tidy', 'Register scheduled task')) {
    Register-ScheduledTask -TaskName 'Weekly dev tidy' -TaskPath '\UserTasks\' `
        -Action $action -Trigger $trigger -Principal $principal `
        -Description "Runs $ScriptPath weekly (registered by task-scheduler-weekly-tidy)"
}
