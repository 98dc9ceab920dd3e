param(
  [Parameter(Mandatory)][string]$Script,
  [string]$At = "01:30",
  [string]$TaskName = "NightlyExport"
)
if (-not (Test-Path $Script)) { throw "Script not found: $Script" }

$action = New-ScheduledTaskAction -Execute "pwsh.exe" -Argument "-NoProfile -File `"$Script`""
$trigger = New-ScheduledTaskTrigger -Daily -At $At
$settings = New-ScheduledTaskSettingsSet -StartWhenAvailable -DontStopOnIdleEnd -ExecutionTimeLimit (New-TimeSpan -Hours 1)
$settings.DisallowStartIfOnBatteries = $true
$principal = New-ScheduledTaskPrincipal -UserId "$env:USERDOMAIN\$env:USERNAME" -LogonType Interactive -RunLevel Limited

Write-Host "Task:     $TaskName"
Write-Host "Runs:     pwsh -NoProfile -File $Script"
Write-Host "When:     daily at $At (catch up if missed; not on battery)"
Write-Host "As:       $env:USERNAME (limited, only when logged on)"
if ((Read-Host "Register? [y/N]") -ne "y") { Write-Host "Not registered."; return }
Register-ScheduledTask -TaskName $TaskName -Action $action -Trigger $trigger -Settings $settings -Principal $principal | Out-Null
Get-ScheduledTask -TaskName $TaskName | Select-Object TaskName, State
