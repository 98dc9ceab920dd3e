Import-Module PSReadLine
Set-PSReadLineOption -PredictionSource HistoryAndPlugin -PredictionViewStyle ListView -HistoryNoDuplicates
Set-PSReadLineOption -AddToHistoryHandler {
    param([string]$line)
    return -not ($line -match '(?i)password|token|secret|AsPlainText')
}

$global:__lazyLoaded = @{}
function global:Set-LocationLazy {
    param([string]$Path)
    Set-Location $Path
    if (-not $__lazyLoaded['posh-git'] -and (Test-Path .git)) { Import-Module posh-git; $__lazyLoaded['posh-git'] = $true }
}
Set-Alias cd Set-LocationLazy -Option AllScope

$theme = Join-Path $PSScriptRoot 'themes\compact.omp.json'
if (Get-Command oh-my-posh -ErrorAction SilentlyContinue) { oh-my-posh init pwsh --config $theme | Invoke-Expression }
if (Get-Command zoxide -ErrorAction SilentlyContinue) { Invoke-Expression (& { (zoxide init powershell | Out-String) }) }
