param(
    [Parameter(Mandatory)][string]$Folder,
    [Parameter(Mandatory)][string]$Out
)
$ErrorActionPreference = "Stop"
Import-Module ImportExcel
$since = (Get-Date).AddDays(-7)
$rows = Get-ChildItem -Path $Folder -Recurse -File |
    Where-Object { $_.LastWriteTime -ge $since } |
    ForEach-Object {
        [pscustomobject]@{
            File     = $_.FullName.Substring($Folder.Length).TrimStart('\')
            Modified = $_.LastWriteTime
            Owner    = (Get-Acl $_.FullName).Owner
            SizeKB   = [math]::Round($_.Length / 1KB, 1)
        }
    }
$path = Join-Path $Out ("Weekly-{0:yyyy-MM-dd}.xlsx" -f (Get-Date))
$rows | Sort-Object Modified -Descending | Export-Excel -Path $path -AutoSize -FreezeTopRow -BoldTopRow -WorksheetName "Changed"
$rows | Group-Object Owner | Select-Object Name, Count | Export-Excel -Path $path -WorksheetName "By owner" -AutoSize
Write-Host "Report: $path ($($rows.Count) files)"
