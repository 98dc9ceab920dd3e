param([int]$Hours = 24)
$patterns = [ordered]@{
  "download cradle"  = 'Net\.WebClient|DownloadString|DownloadFile|Invoke-WebRequest|iwr\s'
  "dynamic execution" = '\bIEX\b|Invoke-Expression'
  "base64 decode"    = 'FromBase64String|-enc(odedcommand)?\s'
  "AMSI tampering"   = 'AmsiUtils|amsiInitFailed'
  "credential dump"  = 'sekurlsa|MiniDump|comsvcs\.dll'
}
$since = (Get-Date).AddHours(-$Hours)
Get-WinEvent -FilterHashtable @{ LogName = "Microsoft-Windows-PowerShell/Operational"; Id = 4104; StartTime = $since } -ErrorAction SilentlyContinue |
  ForEach-Object {
    $text = $_.Properties[2].Value
    foreach ($name in $patterns.Keys) {
      if ($text -match $patterns[$name]) {
        [pscustomobject]@{
          Time     = $_.TimeCreated
          Category = $name
          User     = $_.UserId
          Snippet  = ($text.Substring(0, [Math]::Min(300, $text.Length)) -replace '\s+', ' ')
        }
      }
    }
  }
