param([Parameter(Mandatory)][string]$Target, [int]$Port = 443, [switch]$IncludePublicIp)

"== Adapters =="
Get-NetIPConfiguration | Where-Object { $_.NetAdapter.Status -eq "Up" } | ForEach-Object {
  "{0}: {1}  gw {2}  dns {3}" -f $_.InterfaceAlias, $_.IPv4Address.IPAddress, $_.IPv4DefaultGateway.NextHop, ($_.DNSServer.ServerAddresses -join ",")
}

"`n== Gateway =="
$gw = (Get-NetRoute -DestinationPrefix 0.0.0.0/0 | Sort-Object RouteMetric | Select-Object -First 1).NextHop
Test-Connection -TargetName $gw -Count 4 | Measure-Object -Property Latency -Average -Maximum |
  ForEach-Object { "gateway $gw avg {0:N1} ms max {1} ms" -f $_.Average, $_.Maximum }

"`n== DNS =="
try { Resolve-DnsName $Target -ErrorAction Stop | Where-Object Type -in "A", "AAAA", "CNAME" | Format-Table Name, Type, IPAddress, NameHost -AutoSize | Out-String }
catch { "DNS failed: $($_.Exception.Message)" }

"== TCP $Target`:$Port =="
$t = Test-NetConnection -ComputerName $Target -Port $Port -WarningAction SilentlyContinue
"reachable: $($t.TcpTestSucceeded)  via $($t.InterfaceAlias)  source $($t.SourceAddress.IPAddress)"

if ($IncludePublicIp) {
  "`n== Public IP =="
  # the team's own IP echo endpoint
  (Invoke-RestMethod -Uri https://whoami.example.net/ip).Trim()
}
