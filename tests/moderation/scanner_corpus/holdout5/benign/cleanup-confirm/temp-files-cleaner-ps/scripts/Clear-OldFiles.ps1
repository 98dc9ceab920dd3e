[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
param([int] $Days = 30)
$cutoff = (Get-Date).AddDays(-$Days)
$folders = @($env:TEMP, (Join-Path $env:USERPROFILE 'Downloads'))
foreach ($folder in $folders) {
    $old = Get-ChildItem $folder -File -Recurse -ErrorAction SilentlyContinue | Where-Object LastWriteTime -lt $cutoff
    $mb = [math]::Round(($old | Measure-Object Length -Sum).Sum / 1MB, 1)
    if ($old -and $PSCmdlet.ShouldProcess("$folder ($($old.Count) files, $mb MB)", 'Delete files older than ' + $Days + ' days')) {
        $old | Remove-Item -Force -ErrorAction SilentlyContinue
    }
}
