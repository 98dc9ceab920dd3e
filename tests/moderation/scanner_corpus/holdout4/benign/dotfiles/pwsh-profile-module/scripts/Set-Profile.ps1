[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
param()
$block = @'
# >>> pwsh-profile-module >>>
Import-Module PSReadLine
Set-PSReadLineOption -PredictionSource History -HistorySearchCursorMovesToEnd
Set-PSReadLineKeyHandler -Key UpArrow -Function HistorySearchBackward
Import-Module posh-git -ErrorAction SilentlyContinue
Set-Alias ll Get-ChildItem
function gs { git status -sb }
# <<< pwsh-profile-module <<<
'@
if (-not (Test-Path $PROFILE)) { New-Item -ItemType File -Path $PROFILE -Force | Out-Null }
if ((Get-Content $PROFILE -Raw) -match 'pwsh-profile-module') { Write-Host 'Already installed.'; return }
Write-Host "This will be appended to $PROFILE:`n$block"
if ($PSCmdlet.ShouldProcess($PROFILE, 'Append profile block')) {
    Copy-Item $PROFILE "$PROFILE.bak"
    Add-Content -Path $PROFILE -Value "`n$block"
    Write-Host 'Done. Restart PowerShell or run: . $PROFILE'
}
