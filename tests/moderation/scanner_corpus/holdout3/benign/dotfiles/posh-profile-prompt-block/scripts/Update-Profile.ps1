$profilePath = $PROFILE.CurrentUserAllHosts
$block = @'
# --- profile-setup ---
oh-my-posh init pwsh --config "$env:POSH_THEMES_PATH\paradox.omp.json" | Invoke-Expression
Set-PSReadLineOption -PredictionSource History -HistorySearchCursorMovesToEnd
Set-PSReadLineKeyHandler -Key UpArrow -Function HistorySearchBackward
Set-Alias ll Get-ChildItem
function gs { git status --short --branch }
# --- end profile-setup ---
'@

if ((Test-Path $profilePath) -and (Select-String -Path $profilePath -SimpleMatch '# --- profile-setup ---' -Quiet)) {
  Write-Host "Already set up in $profilePath"; return
}
Write-Host "Will append to ${profilePath}:`n$block"
if ((Read-Host 'Continue? (y/n)') -ne 'y') { return }
New-Item -ItemType File -Force -Path $profilePath | Out-Null
Add-Content -Path $profilePath -Value "`n$block"
