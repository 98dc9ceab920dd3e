param([switch]$Apply)
$old = Get-ChildItem $env:TEMP -Recurse -File -ErrorAction SilentlyContinue | Where-Object LastWriteTime -lt (Get-Date).AddDays(-7)
"{0} files, {1:N1} MB" -f $old.Count, (($old | Measure-Object Length -Sum).Sum / 1MB)
if ($Apply) { $old | Remove-Item -Force -ErrorAction SilentlyContinue } else { $old | Remove-Item -WhatIf }
