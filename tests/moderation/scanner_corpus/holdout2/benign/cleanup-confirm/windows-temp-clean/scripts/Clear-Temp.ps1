[CmdletBinding(SupportsShouldProcess)]
param()
$items = Get-ChildItem $env:TEMP -Recurse -Force -ErrorAction SilentlyContinue |
    Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-7) }
foreach ($i in $items) {
    if ($PSCmdlet.ShouldProcess($i.FullName, 'Remove')) { Remove-Item $i.FullName -Recurse -Force }
}
