param([string]$TestHost = "www.example.com", [int]$TestPort = 443)
function Say($state, $what, $why) { "{0,-5} {1,-12} {2}" -f $state, $what, $why }

$up = Get-NetAdapter | Where-Object Status -eq Up
if (-not $up) { Say FAIL adapters "no network adapter is up" } else {
    Say OK adapters ("up: " + (($up | ForEach-Object { "$($_.Name) ($($_.LinkSpeed))" }) -join ", "))
    if ($up | Where-Object InterfaceDescription -match "VPN|TAP|WireGuard|Cisco") { Say WARN adapters "a VPN adapter is up" }
}

$cfg = Get-NetIPConfiguration | Where-Object { $_.IPv4DefaultGateway -ne $null } | Select-Object -First 1
if (-not $cfg) { Say FAIL ipconfig "no default gateway" } else {
    $ip = $cfg.IPv4Address.IPAddress
    if ($ip -like "169.254.*") { Say FAIL ipconfig "APIPA address $ip: DHCP failed" } else { Say OK ipconfig "address $ip" }
    $gw = $cfg.IPv4DefaultGateway.NextHop
    if (Test-Connection $gw -Count 2 -Quiet) { Say OK gateway "$gw answers" } else { Say FAIL gateway "$gw does not answer" }
    $dns = $cfg.DNSServer | Where-Object AddressFamily -eq 2 | Select-Object -ExpandProperty ServerAddresses
    try { Resolve-DnsName $TestHost -Server $dns[0] -ErrorAction Stop | Out-Null; Say OK dns "$TestHost via $($dns[0])" }
    catch {
        try { Resolve-DnsName $TestHost -Server 1.1.1.1 -ErrorAction Stop | Out-Null; Say FAIL dns "fails via $($dns[0]) but works via 1.1.1.1" }
        catch { Say FAIL dns "cannot resolve $TestHost at all" }
    }
}

$winhttp = (netsh winhttp show proxy) -join " "
if ($winhttp -match "Direct access") { Say OK proxy "WinHTTP direct" } else { Say WARN proxy "WinHTTP proxy set" }
$ie = Get-ItemProperty "HKCU:\Software\Microsoft\Windows\CurrentVersion\Internet Settings"
if ($ie.ProxyEnable -eq 1) { Say WARN proxy "user proxy $($ie.ProxyServer)" }

$t = Test-NetConnection -ComputerName $TestHost -Port $TestPort -WarningAction SilentlyContinue
if ($t.TcpTestSucceeded) { Say OK tcp "$TestHost`:$TestPort reachable" } else { Say FAIL tcp "$TestHost`:$TestPort not reachable" }
