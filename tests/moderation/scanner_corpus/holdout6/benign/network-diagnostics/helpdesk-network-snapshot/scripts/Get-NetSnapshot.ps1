[CmdletBinding()]
param(
    [string[]] $Targets = @('intranet.corp.example', 'mail.corp.example:443'),
    [switch] $IncludeMac
)

$stamp = Get-Date -Format 'yyyyMMdd-HHmm'
$file = Join-Path ([Environment]::GetFolderPath('Desktop')) "NetSnapshot-$env:COMPUTERNAME-$stamp.txt"
$lines = [System.Collections.Generic.List[string]]::new()
function Add([string] $s) { $lines.Add($s) }

Add "Network snapshot  $env:COMPUTERNAME  $(Get-Date -Format u)"
Add ('=' * 60)

Add "`n## Adapters"
foreach ($cfg in Get-NetIPConfiguration | Where-Object { $_.NetAdapter.Status -eq 'Up' }) {
    Add ("{0}: {1}  gw {2}  dns {3}" -f $cfg.InterfaceAlias, ($cfg.IPv4Address.IPAddress -join ','),
        ($cfg.IPv4DefaultGateway.NextHop -join ','), ($cfg.DNSServer.ServerAddresses -join ','))
    if ($IncludeMac) { Add "  mac $($cfg.NetAdapter.MacAddress)" }
}
$vpn = Get-NetAdapter | Where-Object { $_.InterfaceDescription -match 'VPN|WireGuard|AnyConnect|TAP' }
Add "VPN adapter: $(if ($vpn) { "$($vpn.Name) ($($vpn.Status))" } else { 'none found' })"

Add "`n## Targets"
foreach ($t in $Targets) {
    $hostName, $port = $t.Split(':')
    if (-not $port) { $port = 443 }
    try {
        $ips = (Resolve-DnsName $hostName -ErrorAction Stop | Where-Object IPAddress).IPAddress -join ', '
        Add "$hostName resolves to $ips"
    } catch { Add "$hostName DNS FAILED: $($_.Exception.Message)" ; continue }
    $tnc = Test-NetConnection $hostName -Port $port -WarningAction SilentlyContinue
    Add ("  tcp {0}: {1}  (source {2})" -f $port, $(if ($tnc.TcpTestSucceeded) { 'OK' } else { 'FAILED' }), $tnc.SourceAddress.IPAddress)
}

Add "`n## Proxy"
Add ((netsh winhttp show proxy) -join "`n")
$ie = Get-ItemProperty 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Internet Settings'
Add "User proxy enabled: $($ie.ProxyEnable)  server: $($ie.ProxyServer)  pac: $($ie.AutoConfigURL)"

$lines | Set-Content -Path $file -Encoding utf8
Write-Host "Saved $file"
Invoke-Item $file
