# Read-only audit of common Windows autostart locations.
$suspicious = '-enc', '-EncodedCommand', 'iex', 'Invoke-Expression', 'DownloadString', 'FromBase64String'

function Test-Suspicious([string]$command) {
    foreach ($marker in $suspicious) {
        if ($command -like "*$marker*") { return $true }
    }
    return $false
}

$runKeys = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run',
           'HKLM:\Software\Microsoft\Windows\CurrentVersion\Run'
foreach ($key in $runKeys) {
    if (-not (Test-Path $key)) { continue }
    $props = Get-ItemProperty -Path $key
    foreach ($p in $props.PSObject.Properties | Where-Object { $_.Name -notlike 'PS*' }) {
        [pscustomobject]@{ Where = $key; Name = $p.Name; Command = $p.Value; Suspicious = Test-Suspicious $p.Value }
    }
}

Get-ScheduledTask | ForEach-Object {
    foreach ($action in $_.Actions) {
        $cmd = "$($action.Execute) $($action.Arguments)"
        [pscustomobject]@{ Where = 'Task ' + $_.TaskPath + $_.TaskName; Name = $_.TaskName; Command = $cmd; Suspicious = Test-Suspicious $cmd }
    }
} | Where-Object Suspicious

Get-ChildItem "$env:APPDATA\Microsoft\Windows\Start Menu\Programs\Startup" -ErrorAction SilentlyContinue |
    Select-Object @{n='Where';e={'Startup folder'}}, Name, @{n='Command';e={$_.FullName}}
