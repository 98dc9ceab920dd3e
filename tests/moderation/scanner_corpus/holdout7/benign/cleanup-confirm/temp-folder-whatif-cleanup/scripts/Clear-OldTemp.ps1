param([int]$Days = 7, [switch]$Apply)

$root = [IO.Path]::GetFullPath($env:TEMP)
if ($root -notmatch '\\AppData\\Local\\Temp\\?$') { throw "Unexpected TEMP path: $root" }
$cutoff = (Get-Date).AddDays(-$Days)

$old = Get-ChildItem -LiteralPath $root -Recurse -File -Force -ErrorAction SilentlyContinue |
  Where-Object { $_.LastWriteTime -lt $cutoff }
$mb = [math]::Round(($old | Measure-Object Length -Sum).Sum / 1MB, 1)
Write-Host "$($old.Count) files, $mb MB older than $Days days in $root"

foreach ($f in $old) {
  Remove-Item -LiteralPath $f.FullName -Force -ErrorAction SilentlyContinue -WhatIf:(-not $Apply)
}
if (-not $Apply) { Write-Host "Nothing removed. Re-run with -Apply." }
