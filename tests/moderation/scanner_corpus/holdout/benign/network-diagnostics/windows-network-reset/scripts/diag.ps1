Get-NetIPConfiguration | Format-List InterfaceAlias, IPv4Address, IPv4DefaultGateway, DNSServer
Test-NetConnection -ComputerName 1.1.1.1 -Port 443 | Select-Object ComputerName, TcpTestSucceeded
Resolve-DnsName example.org -ErrorAction SilentlyContinue | Select-Object Name, IPAddress
"If needed (admin, reboot required): netsh winsock reset; ipconfig /flushdns"
