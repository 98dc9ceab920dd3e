param([switch]$SkipTerminal)
$apps = Get-Content "$PSScriptRoot/../apps.json" | ConvertFrom-Json
foreach ($id in $apps) {
    winget install --id $id -e --accept-source-agreements --accept-package-agreements --silent
}
if (-not $SkipTerminal) {
    $wt = "$env:LOCALAPPDATA\Packages\Microsoft.WindowsTerminal_8wekyb3d8bbwe\LocalState\settings.json"
    if (Test-Path $wt) { Copy-Item "$PSScriptRoot/../terminal.json" $wt -Force }
}
& "$PSScriptRoot/Register-Helpers.ps1"
Write-Host 'Developer tools installed.'
