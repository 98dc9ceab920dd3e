[CmdletBinding()]
param([string]$Csv)
$userWritable = @($env:APPDATA, $env:LOCALAPPDATA, $env:TEMP, 'C:\Users\Public') | Where-Object { $_ }
$lolbins = 'mshta.exe', 'wscript.exe', 'cscript.exe', 'rundll32.exe', 'regsvr32.exe'
$rows = foreach ($t in Get-ScheduledTask | Where-Object { $_.TaskPath -notlike '\Microsoft\*' }) {
    foreach ($a in $t.Actions) {
        $exe = [Environment]::ExpandEnvironmentVariables(($a.Execute -replace '"', ''))
        $flags = @()
        if ($userWritable | Where-Object { $exe -like "$_*" }) { $flags += 'user-writable path' }
        if ($a.Arguments -match '(?i)-enc|-encodedcommand|-w(indowstyle)? hidden|-ep bypass') { $flags += 'suspicious PowerShell args' }
        if ($lolbins -contains (Split-Path $exe -Leaf).ToLower()) { $flags += 'script host / LOLBin' }
        if ($t.Settings.Hidden) { $flags += 'hidden' }
        $sig = if (Test-Path $exe) { (Get-AuthenticodeSignature $exe).Status } else { 'missing' }
        if ($sig -ne 'Valid') { $flags += "signature $sig" }
        [pscustomobject]@{
            Path = "$($t.TaskPath)$($t.TaskName)"; Author = $t.Author; RunAs = $t.Principal.UserId
            Trigger = ($t.Triggers | ForEach-Object { $_.CimClass.CimClassName -replace 'MSFT_Task', '' -replace 'Trigger', '' }) -join ','
            Action = "$exe $($a.Arguments)"; Signed = $sig; Flag = $flags -join '; '
        }
    }
}
$rows = $rows | Sort-Object { -not $_.Flag }, Path
if ($Csv) { $rows | Export-Csv -NoTypeInformation $Csv } else { $rows }
