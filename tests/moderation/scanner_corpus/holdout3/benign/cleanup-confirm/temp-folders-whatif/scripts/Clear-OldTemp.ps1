[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
param([int]$Days = 7)

$targets = @($env:TEMP, (Join-Path $env:LOCALAPPDATA 'CrashDumps')) | Where-Object { Test-Path $_ }
$cutoff = (Get-Date).AddDays(-$Days)

foreach ($folder in $targets) {
  $old = Get-ChildItem -LiteralPath $folder -Recurse -File -ErrorAction SilentlyContinue |
         Where-Object LastWriteTime -lt $cutoff
  $mb = [math]::Round(($old | Measure-Object Length -Sum).Sum / 1MB, 1)
  if ($PSCmdlet.ShouldProcess($folder, "Delete $($old.Count) files ($mb MB) older than $Days days")) {
    $old | Remove-Item -Force -ErrorAction SilentlyContinue
  }
}
