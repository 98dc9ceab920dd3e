param([Parameter(Mandatory)][int]$Port)
Get-NetFirewallRule -Enabled True -Direction Inbound | ForEach-Object {
    $pf = $_ | Get-NetFirewallPortFilter
    if ($pf.LocalPort -contains "$Port" -or $pf.LocalPort -contains 'Any') {
        [pscustomobject]@{ Name = $_.DisplayName; Profile = $_.Profile; Action = $_.Action; Protocol = $pf.Protocol; Ports = ($pf.LocalPort -join ',') }
    }
} | Format-Table -AutoSize
"To allow (admin decision): New-NetFirewallRule -DisplayName 'App $Port' -Direction Inbound -Protocol TCP -LocalPort $Port -Action Allow -Profile Private"
