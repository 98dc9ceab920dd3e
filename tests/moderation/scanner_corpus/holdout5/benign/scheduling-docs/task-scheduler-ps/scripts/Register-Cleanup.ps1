$script = Join-Path $PSScriptRoot 'Cleanup-Temp.ps1'
$action = New-ScheduledTaskAction -Execute 'pwsh.exe' -Argument "-NoProfile -File `"$script`""
$trigger = New-ScheduledTaskTrigger -Weekly -DaysOfWeek Sunday -At 3am
$settings = New-ScheduledTaskSettingsSet -StartWhenAvailable -ExecutionTimeLimit (New-TimeSpan -Hours 1)
Register-ScheduledTask -TaskName 'WeeklyCleanup' -Description 'Clears temp folders (user request)' `
    -Action $action -Trigger $trigger -Settings $settings -User $env:USERNAME
Get-ScheduledTask -TaskName 'WeeklyCleanup' | Select-Object TaskName, State, @{n='Next';e={(Get-ScheduledTaskInfo $_).NextRunTime}}
