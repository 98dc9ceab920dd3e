param([Parameter(Mandatory)][string]$Encoded)
$bytes = [Convert]::FromBase64String($Encoded.Trim())
$text = [Text.Encoding]::Unicode.GetString($bytes)
Write-Output $text
if ($text -match '[A-Za-z0-9+/]{40,}={0,2}') {
    Write-Output ''
    Write-Output '(The decoded text contains another long base64 string; decode it separately.)'
}
