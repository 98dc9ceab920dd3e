param([switch] $Reset)
Get-NetAdapter | Select-Object Name, Status, LinkSpeed, MacAddress | Format-Table
Get-NetIPConfiguration | Select-Object InterfaceAlias, IPv4Address, IPv4DefaultGateway, DNSServer | Format-List
Test-NetConnection -ComputerName 1.1.1.1 -InformationLevel Quiet | ForEach-Object { "Internet by IP: $_" }
Resolve-DnsName example.com -ErrorAction SilentlyContinue | Select-Object -First 1 Name, IPAddress
if ($Reset) {
    if (-not ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole('Administrators')) {
        throw 'Run elevated for -Reset'
    }
    Clear-DnsClientCache
    netsh winsock reset
    netsh int ip reset
    Write-Host 'Reset done. Reboot to finish.'
}
