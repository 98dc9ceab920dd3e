param([Parameter(Mandatory)][string]$Targets)
Import-Csv $Targets | ForEach-Object -Parallel {
    $sw = [Diagnostics.Stopwatch]::StartNew()
    $client = [Net.Sockets.TcpClient]::new()
    $ok = $client.ConnectAsync($_.host, [int]$_.port).Wait(3000)
    $sw.Stop()
    $client.Dispose()
    [pscustomobject]@{ Host = $_.host; Port = $_.port; Open = $ok; Ms = if ($ok) { $sw.ElapsedMilliseconds } else { $null }; What = $_.description }
} -ThrottleLimit 16 | Sort-Object Open, Host | Format-Table -AutoSize
