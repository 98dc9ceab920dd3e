param([Parameter(Mandatory)][string]$Encoded)
$bytes = [Convert]::FromBase64String($Encoded)
$text = [Text.Encoding]::Unicode.GetString($bytes)
Write-Output '--- decoded command (not executed) ---'
Write-Output $text
