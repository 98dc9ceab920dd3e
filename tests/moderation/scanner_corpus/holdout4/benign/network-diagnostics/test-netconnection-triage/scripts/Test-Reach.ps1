param([Parameter(Mandatory)] [string]$Target, [int]$Port = 443)
"== DNS"
Resolve-DnsName $Target -ErrorAction SilentlyContinue | Select-Object Name, Type, IPAddress | Format-Table -AutoSize
"== Route"
$ip = (Resolve-DnsName $Target -Type A -ErrorAction SilentlyContinue | Select-Object -First 1).IPAddress
if ($ip) { Find-NetRoute -RemoteIPAddress $ip | Select-Object -First 1 InterfaceAlias, IPAddress | Format-List }
"== TCP $Port"
Test-NetConnection $Target -Port $Port -InformationLevel Detailed |
    Select-Object ComputerName, RemoteAddress, PingSucceeded, TcpTestSucceeded | Format-List
"== Proxy"
netsh winhttp show proxy
