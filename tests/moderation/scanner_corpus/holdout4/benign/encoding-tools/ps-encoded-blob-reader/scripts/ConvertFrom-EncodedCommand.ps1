param([string]$Blob, [string]$CommandLine)
if ($CommandLine) {
    if ($CommandLine -match '-(?:e|ec|enc|encodedcommand)\s+([A-Za-z0-9+/=]+)') { $Blob = $Matches[1] }
    else { throw 'no encoded command found' }
}
$bytes = [Convert]::FromBase64String($Blob)
$text = [Text.Encoding]::Unicode.GetString($bytes)
Write-Output "----- decoded ($($bytes.Length) bytes) -----"
Write-Output $text
Write-Output '----- end (not executed) -----'
