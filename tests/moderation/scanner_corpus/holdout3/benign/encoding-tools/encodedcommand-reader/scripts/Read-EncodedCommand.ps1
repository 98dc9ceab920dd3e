param([Parameter(Mandatory)][string]$Blob)

$bytes = [Convert]::FromBase64String(($Blob -replace '\s', ''))
$text  = [Text.Encoding]::Unicode.GetString($bytes)

Write-Output '--- decoded script (not executed) ---'
Write-Output $text
Write-Output '--- hints ---'
$hints = @{
  'DownloadString|DownloadFile|Invoke-WebRequest|iwr|Net.WebClient' = 'downloads something'
  'IEX|Invoke-Expression'                                              = 'runs a string as code'
  'FromBase64String'                                                   = 'contains another encoded layer'
  'Hidden|-w\s+h'                                                      = 'tries to hide its window'
}
foreach ($k in $hints.Keys) { if ($text -match $k) { Write-Output "* $($hints[$k]) ($k)" } }
