[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
param([string[]]$Steps = @('UserTemp', 'WindowsTemp', 'UpdateCache', 'DeliveryOpt', 'ComponentStore'))
function Get-Size($path, $days) {
    (Get-ChildItem $path -Recurse -File -ErrorAction SilentlyContinue | Where-Object LastWriteTime -lt (Get-Date).AddDays(-$days) | Measure-Object Length -Sum).Sum / 1MB
}
function Remove-Old($path, $days) {
    Get-ChildItem $path -Recurse -File -ErrorAction SilentlyContinue | Where-Object LastWriteTime -lt (Get-Date).AddDays(-$days) |
        ForEach-Object { if ($PSCmdlet.ShouldProcess($_.FullName, 'delete')) { Remove-Item $_.FullName -Force -ErrorAction SilentlyContinue } }
}
$before = (Get-PSDrive C).Free
switch ($Steps) {
    'UserTemp' { "UserTemp: {0:N0} MB" -f (Get-Size $env:TEMP 7); Remove-Old $env:TEMP 7 }
    'WindowsTemp' { "WindowsTemp: {0:N0} MB" -f (Get-Size 'C:\Windows\Temp' 7); Remove-Old 'C:\Windows\Temp' 7 }
    'UpdateCache' {
        $p = 'C:\Windows\SoftwareDistribution\Download'
        "UpdateCache: {0:N0} MB" -f (Get-Size $p 0)
        if ($PSCmdlet.ShouldProcess($p, 'clear')) { Stop-Service wuauserv; Remove-Item "$p\*" -Recurse -Force; Start-Service wuauserv }
    }
    'DeliveryOpt' { if ($PSCmdlet.ShouldProcess('Delivery Optimization cache', 'clear')) { Delete-DeliveryOptimizationCache -Force } }
    'RecycleBin' { if ($PSCmdlet.ShouldProcess('Recycle Bin', 'empty')) { Clear-RecycleBin -Force } }
    'ComponentStore' { Dism /Online /Cleanup-Image /AnalyzeComponentStore }
}
"freed: {0:N0} MB" -f (((Get-PSDrive C).Free - $before) / 1MB)
