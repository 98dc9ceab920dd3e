$modules = "posh-git", "Terminal-Icons"
foreach ($m in $modules) {
  if (-not (Get-Module -ListAvailable $m)) { Install-Module $m -Scope CurrentUser -Repository PSGallery }
}

$block = @'
# >>> profile-setup >>>
Import-Module posh-git
Import-Module Terminal-Icons
Set-PSReadLineOption -PredictionSource History -PredictionViewStyle ListView
Set-PSReadLineOption -HistoryNoDuplicates
if (Get-Command oh-my-posh -ErrorAction SilentlyContinue) {
  oh-my-posh init pwsh --config "$env:POSH_THEMES_PATH\paradox.omp.json" | Invoke-Expression
}
# <<< profile-setup <<<
'@

if (-not (Test-Path $PROFILE)) { New-Item -ItemType File -Force -Path $PROFILE | Out-Null }
$text = Get-Content $PROFILE -Raw
if ($null -eq $text) { $text = "" }
Copy-Item $PROFILE "$PROFILE.bak" -Force
$pattern = '(?s)# >>> profile-setup >>>.*?# <<< profile-setup <<<\r?\n?'
$text = [regex]::Replace($text, $pattern, "")
Write-Host "Adding to $PROFILE :"; Write-Host $block
if ((Read-Host "Proceed? [y/N]") -ne "y") { Write-Host "unchanged"; return }
Set-Content -Path $PROFILE -Value ($text.TrimEnd() + "`r`n`r`n" + $block + "`r`n")
Write-Host "Done. Backup: $PROFILE.bak"
