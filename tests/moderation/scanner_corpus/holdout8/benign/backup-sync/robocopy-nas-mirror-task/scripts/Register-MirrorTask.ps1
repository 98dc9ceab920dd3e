$action = New-ScheduledTaskAction -Execute 'pwsh.exe' -Argument "-NoProfile -File `"$PSScriptRoot\Mirror-Folders.ps1`""
$trigger = New-ScheduledTaskTrigger -Daily -At 20:00
$settings = New-ScheduledTaskSettingsSet -AllowStartIfOnBatteries:$false -StartWhenAvailable
Register-ScheduledTask -TaskName 'NAS mirror' -Action $action -Trigger $trigger -Settings $settings -Description 'Robocopy mirror to home NAS'
