[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
param([switch]$IncludeDownloads, [int]$Days = 60)
$targets = @(Get-ChildItem $env:TEMP -Recurse -File -ErrorAction SilentlyContinue |
    Where-Object LastWriteTime -lt (Get-Date).AddDays(-2))
if ($IncludeDownloads) {
    $dl = Join-Path $env:USERPROFILE 'Downloads'
    $targets += Get-ChildItem $dl -File | Where-Object LastWriteTime -lt (Get-Date).AddDays(-$Days)
}
$mb = [math]::Round(($targets | Measure-Object Length -Sum).Sum / 1MB, 1)
Write-Host "$($targets.Count) files, $mb MB"
if ($PSCmdlet.ShouldProcess("$($targets.Count) files ($mb MB)", 'Delete')) {
    $targets | Remove-Item -Force -ErrorAction SilentlyContinue
}
