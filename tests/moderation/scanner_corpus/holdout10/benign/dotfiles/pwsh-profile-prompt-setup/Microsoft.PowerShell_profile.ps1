# PowerShell 7 profile (generated with the user, edit freely)
$sw = [Diagnostics.Stopwatch]::StartNew()

Import-Module PSReadLine
Set-PSReadLineOption -PredictionSource History -PredictionViewStyle ListView -HistoryNoDuplicates
Set-PSReadLineOption -AddToHistoryHandler {
    param($line)
    # keep obvious secrets out of the history file
    return -not ($line -match '(?i)(password|secret|token)\s*[=:]')
}
Set-PSReadLineKeyHandler -Key UpArrow -Function HistorySearchBackward
Set-PSReadLineKeyHandler -Key DownArrow -Function HistorySearchForward

Import-Module posh-git
Import-Module Terminal-Icons -ErrorAction SilentlyContinue

function ll { Get-ChildItem -Force @args }
function which($name) { (Get-Command $name -ErrorAction SilentlyContinue).Source }
function touch($path) { if (Test-Path $path) { (Get-Item $path).LastWriteTime = Get-Date } else { New-Item $path | Out-Null } }
function .. { Set-Location .. }
function proj { Set-Location (Join-Path $HOME "source") }

if ($env:PROFILE_TIMING) { Write-Host "profile loaded in $($sw.ElapsedMilliseconds) ms" }
