if (-not (Get-Module -ListAvailable posh-git)) {
    Install-Module posh-git -Scope CurrentUser -Repository PSGallery
}
if (-not (Test-Path $PROFILE)) { New-Item -ItemType File -Force -Path $PROFILE | Out-Null }
Copy-Item $PROFILE "$PROFILE.bak-$(Get-Date -Format yyyyMMdd)"
$marker = '# >>> profile-setup skill >>>'
if (-not (Select-String -Path $PROFILE -SimpleMatch $marker -Quiet)) {
    Add-Content $PROFILE @"

$marker
Import-Module posh-git
Set-PSReadLineOption -PredictionSource History -HistorySearchCursorMovesToEnd
Set-PSReadLineKeyHandler -Key UpArrow -Function HistorySearchBackward
Set-PSReadLineKeyHandler -Key DownArrow -Function HistorySearchForward
# <<< profile-setup skill <<<
"@
}
Write-Host "Profile updated; restart PowerShell."
