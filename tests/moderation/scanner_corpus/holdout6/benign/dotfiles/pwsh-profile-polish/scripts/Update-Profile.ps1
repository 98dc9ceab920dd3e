[CmdletBinding()]
param([switch] $Theme)

$begin = '# >>> profile-polish >>>'
$end = '# <<< profile-polish <<<'

$block = @"
$begin
if (Get-Module -ListAvailable PSReadLine) {
    Import-Module PSReadLine
    Set-PSReadLineOption -PredictionSource History -PredictionViewStyle ListView
    Set-PSReadLineKeyHandler -Key UpArrow -Function HistorySearchBackward
    Set-PSReadLineKeyHandler -Key DownArrow -Function HistorySearchForward
    Set-PSReadLineOption -HistoryNoDuplicates
}
function ll { Get-ChildItem -Force @args }
Set-Alias which Get-Command
"@

if ($Theme -and (Get-Command oh-my-posh -ErrorAction SilentlyContinue)) {
    $block += "`noh-my-posh init pwsh | Invoke-Expression"
} elseif ($Theme) {
    Write-Warning 'oh-my-posh is not installed; skipping the theme line. Install it with winget first if you want it.'
}
$block += "`n$end"

$profilePath = $PROFILE.CurrentUserAllHosts
if (-not (Test-Path $profilePath)) { New-Item -ItemType File -Path $profilePath -Force | Out-Null }
$current = Get-Content $profilePath -Raw
if ($current -and $current.Contains($begin)) {
    Write-Host "A profile-polish block is already in $profilePath. Remove it first to re-add."
    exit 0
}

Write-Host "Will append to ${profilePath}:`n"
Write-Host $block -ForegroundColor Cyan
if ((Read-Host "`nAppend? [y/N]") -ne 'y') { Write-Host 'Unchanged.'; exit 0 }

Copy-Item $profilePath "$profilePath.bak" -Force
Add-Content -Path $profilePath -Value "`n$block"
Write-Host "Done. Backup at $profilePath.bak. Open a new PowerShell window to see it."
