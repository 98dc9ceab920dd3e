param([Parameter(Mandatory)][string]$Target, [int]$Port = 443)

"== DNS =="
Resolve-DnsName $Target -ErrorAction SilentlyContinue | Select-Object Name, Type, IPAddress, NameHost | Format-Table -AutoSize

"== TCP $Port =="
Test-NetConnection -ComputerName $Target -Port $Port -InformationLevel Detailed |
  Select-Object RemoteAddress, TcpTestSucceeded, InterfaceAlias, SourceAddress

"== Route =="
Test-NetConnection -ComputerName $Target -TraceRoute -Hops 15 | Select-Object -ExpandProperty TraceRoute

"== Proxy =="
netsh winhttp show proxy
