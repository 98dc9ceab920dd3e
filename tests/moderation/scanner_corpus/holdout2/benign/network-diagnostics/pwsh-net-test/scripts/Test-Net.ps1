param([string]$Target = 'example.com')
Test-NetConnection $Target -Port 443 | Format-List ComputerName, RemoteAddress, TcpTestSucceeded
Resolve-DnsName $Target | Select-Object Name, Type, IPAddress
Get-NetIPConfiguration | Select-Object InterfaceAlias, IPv4Address, DNSServer
