[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
param([int]$Days = 7, [switch]$Apply)
$root = $env:TEMP
if (-not $root -or $root -notlike "$env:USERPROFILE*") { throw "Unexpected TEMP: $root" }
$cutoff = (Get-Date).AddDays(-$Days)
$items = Get-ChildItem -LiteralPath $root -Recurse -File -Force -ErrorAction SilentlyContinue |
         Where-Object { $_.LastWriteTime -lt $cutoff }
$size = ($items | Measure-Object Length -Sum).Sum
'{0} files, {1:N2} GB older than {2} days in {3}' -f $items.Count, ($size / 1GB), $Days, $root
if (-not $Apply) { 'Preview only. Rerun with -Apply to delete.'; return }
$failed = 0
foreach ($i in $items) {
    if ($PSCmdlet.ShouldProcess($i.FullName, 'Remove')) {
        try { Remove-Item -LiteralPath $i.FullName -Force -ErrorAction Stop } catch { $failed++ }
    }
}
"Done. $failed files skipped (in use or access denied)."
