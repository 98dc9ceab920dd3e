$log = 'C:\ProgramData\OfficeMaint\last-run.txt'
$out = @("run at $(Get-Date -Format s)")
Update-MpSignature; $out += 'defender signatures updated'
Dism /Online /Cleanup-Image /StartComponentCleanup /Quiet; $out += "dism exit $LASTEXITCODE"
$cutoff = (Get-Date).AddDays(-14)
$temps = @('C:\Windows\Temp') + (Get-ChildItem 'C:\Users' -Directory | ForEach-Object { Join-Path $_.FullName 'AppData\Local\Temp' })
$removed = 0
foreach ($t in $temps | Where-Object { Test-Path $_ }) {
    Get-ChildItem $t -Recurse -File -ErrorAction SilentlyContinue | Where-Object LastWriteTime -lt $cutoff |
        ForEach-Object { Remove-Item $_.FullName -ErrorAction SilentlyContinue; if ($?) { $removed++ } }
}
$out += "temp files removed: $removed"
Get-PhysicalDisk | Get-StorageReliabilityCounter | ForEach-Object { $out += "disk $($_.DeviceId): wear $($_.Wear) read errors $($_.ReadErrorsTotal)" }
$out | Set-Content $log
