[CmdletBinding()]
param(
    [int] $Hours = 24,
    [string] $Path
)

$suspicious = @(
    'DownloadString', 'DownloadFile', 'Invoke-Expression', '\biex\b', 'FromBase64String',
    'Net\.WebClient', 'Start-BitsTransfer', '-nop\b', '-w(indowstyle)?\s+hidden', 'Add-MpPreference'
)

function Decode([string] $b64) {
    try { [Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($b64)) } catch { $null }
}

$filter = @{ LogName = 'Microsoft-Windows-PowerShell/Operational'; Id = 4104; StartTime = (Get-Date).AddHours(-$Hours) }
$events = if ($Path) { Get-WinEvent -Path $Path -ErrorAction SilentlyContinue | Where-Object Id -eq 4104 }
          else { Get-WinEvent -FilterHashtable $filter -ErrorAction SilentlyContinue }

$findings = foreach ($e in $events) {
    $text = $e.Properties[2].Value
    $decoded = $null
    if ($text -match '-e(nc(odedcommand)?)?\s+([A-Za-z0-9+/=]{40,})') { $decoded = Decode $Matches[3] }
    $body = if ($decoded) { $decoded } else { $text }
    $hits = $suspicious | Where-Object { $body -match $_ }
    if ($hits -or $decoded) {
        [pscustomobject]@{
            Time    = $e.TimeCreated
            User    = $e.UserId
            Encoded = [bool]$decoded
            Matches = ($hits -join ', ')
            Text    = $body.Substring(0, [Math]::Min(400, $body.Length))
        }
    }
}

if (-not $findings) { Write-Host "No encoded or suspicious script blocks in the window."; exit 0 }
$findings | Sort-Object Time | Format-List
Write-Host "$(@($findings).Count) finding(s). Decoded text is shown for reading only."
