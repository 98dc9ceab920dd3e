$times = 1..10 | ForEach-Object {
    (Measure-Command { pwsh -NoLogo -Command exit }).TotalMilliseconds
}
$base = 1..5 | ForEach-Object { (Measure-Command { pwsh -NoLogo -NoProfile -Command exit }).TotalMilliseconds }
$median = ($times | Sort-Object)[5] - ($base | Sort-Object)[2]
"profile adds about {0:N0} ms" -f $median
