param(
    [Parameter(Mandatory)][string]$Folder,
    [Parameter(Mandatory)][string]$Out
)
$ErrorActionPreference = "Stop"
$script = Join-Path $PSScriptRoot "New-WeeklyReport.ps1"
$arguments = "-NoProfile -ExecutionPolicy Bypass -File `"$script`" -Folder `"$Folder`" -Out `"$Out`""

$action = New-ScheduledTaskAction -Execute "powershell.exe" -Argument $arguments
$trigger = New-ScheduledTaskTrigger -Weekly -DaysOfWeek Friday -At 15:00
$settings = New-ScheduledTaskSettingsSet -StartWhenAvailable -ExecutionTimeLimit (New-TimeSpan -Minutes 15)
$principal = New-ScheduledTaskPrincipal -UserId "$env:USERDOMAIN\$env:USERNAME" -LogonType Interactive -RunLevel Limited

Write-Host "Registering 'WeeklyReport' for $env:USERNAME, Fridays 15:00:"
Write-Host "  powershell.exe $arguments"
$answer = Read-Host "Create this scheduled task? [y/N]"
if ($answer -ne "y") { Write-Host "Not created."; return }

Register-ScheduledTask -TaskName "WeeklyReport" -Action $action -Trigger $trigger -Settings $settings `
    -Principal $principal -Description "Weekly summary of changed project files (created on request)"
Get-ScheduledTask -TaskName "WeeklyReport" | Get-ScheduledTaskInfo | Select-Object NextRunTime
