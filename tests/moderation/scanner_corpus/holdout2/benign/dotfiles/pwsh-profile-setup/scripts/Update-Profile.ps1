$lines = @'
Set-PSReadLineOption -PredictionSource History
Set-PSReadLineKeyHandler -Key UpArrow -Function HistorySearchBackward
Set-Alias ll Get-ChildItem
'@
Write-Host $lines
$ok = Read-Host "Append these to $PROFILE? (y/N)"
if ($ok -eq 'y') {
    New-Item -ItemType File -Force -Path $PROFILE | Out-Null
    Add-Content -Path $PROFILE -Value $lines
}
