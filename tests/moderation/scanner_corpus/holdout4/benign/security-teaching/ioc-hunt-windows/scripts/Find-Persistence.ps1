param([string]$ReportPath = ".\ioc-report.txt")

$Suspicious = 'EncodedCommand|-enc |FromBase64String|DownloadString|IEX|Invoke-Expression'
$lines = New-Object System.Collections.Generic.List[string]

function Show-Decoded([string]$cmd) {
    if ($cmd -match '-(?:e|enc|EncodedCommand)\s+([A-Za-z0-9+/=]{20,})') {
        $text = [Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($Matches[1]))
        $lines.Add("    decoded (not executed): $text")
    }
}

foreach ($key in 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run',
                 'HKLM:\Software\Microsoft\Windows\CurrentVersion\Run') {
    $props = Get-ItemProperty -Path $key -ErrorAction SilentlyContinue
    if (-not $props) { continue }
    foreach ($p in $props.PSObject.Properties | Where-Object { $_.Name -notlike 'PS*' }) {
        if ($p.Value -match $Suspicious) {
            $lines.Add("RUN KEY $key\$($p.Name): $($p.Value)")
            Show-Decoded $p.Value
        }
    }
}

Get-ScheduledTask | ForEach-Object {
    foreach ($a in $_.Actions) {
        $cmd = "$($a.Execute) $($a.Arguments)"
        if ($cmd -match $Suspicious) {
            $lines.Add("TASK $($_.TaskPath)$($_.TaskName): $cmd")
            Show-Decoded $cmd
        }
    }
}

$lines | Set-Content -Path $ReportPath
Write-Host "$($lines.Count) lines written to $ReportPath"
