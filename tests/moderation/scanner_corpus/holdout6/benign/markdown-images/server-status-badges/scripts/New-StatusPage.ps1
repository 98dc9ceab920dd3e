[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string[]] $ComputerName,
    [int] $DiskWarnPercent = 15,
    [switch] $NoBadges
)

function Badge([string] $label, [string] $status, [string] $color) {
    if ($NoBadges) { return "**$label**: $status" }
    $l = [uri]::EscapeDataString($label.Replace('-', '--'))
    $s = [uri]::EscapeDataString($status.Replace('-', '--'))
    "![$label $status](https://badges.example.com/badge/$l-$s-$color)"
}

"# Server status – $(Get-Date -Format 'yyyy-MM-dd HH:mm')`n"
"| Server | Status | Uptime | Free C: | Reboot pending |"
"|---|---|---|---|---|"
foreach ($c in $ComputerName) {
    try {
        $os = Get-CimInstance Win32_OperatingSystem -ComputerName $c -ErrorAction Stop
        $disk = Get-CimInstance Win32_LogicalDisk -ComputerName $c -Filter "DeviceID='C:'"
        $freePct = [math]::Round(100 * $disk.FreeSpace / $disk.Size, 0)
        $uptime = (Get-Date) - $os.LastBootUpTime
        $pending = Invoke-Command -ComputerName $c -ScriptBlock {
            Test-Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update\RebootRequired'
        }
        $status, $color = if ($freePct -lt $DiskWarnPercent) { 'LOW DISK', 'orange' }
                          elseif ($pending) { 'REBOOT', 'yellow' }
                          else { 'OK', 'brightgreen' }
        "| $c | $(Badge $c $status $color) | $([int]$uptime.TotalDays) d | $freePct % | $pending |"
    } catch {
        "| $c | $(Badge $c 'UNREACHABLE' 'red') | – | – | – |"
    }
}
