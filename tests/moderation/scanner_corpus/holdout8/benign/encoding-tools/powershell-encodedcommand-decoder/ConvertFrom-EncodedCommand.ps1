[CmdletBinding()]
param([string]$Command, [string]$Path, [int]$Layers = 4)
if ($Path) { $Command = Get-Content $Path -Raw }

function Get-EncArg([string]$s) {
    if ($s -match '(?i)-e(nc(odedcommand)?)?\s+([A-Za-z0-9+/=]{16,})') { return $Matches[3] }
    return $null
}

$text = $Command
$b64 = Get-EncArg $text
if ($b64) {
    $text = [Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($b64))
    Write-Output "--- layer 1 (base64 UTF-16LE) ---"; Write-Output $text
}
for ($i = 2; $i -le $Layers; $i++) {
    if ($text -match "FromBase64String\('([A-Za-z0-9+/=]+)'\)") {
        $bytes = [Convert]::FromBase64String($Matches[1])
        if ($text -match 'GzipStream|DeflateStream') {
            $ms = [IO.MemoryStream]::new($bytes)
            $z = if ($text -match 'Gzip') { [IO.Compression.GzipStream]::new($ms, 'Decompress') } else { [IO.Compression.DeflateStream]::new($ms, 'Decompress') }
            $text = [IO.StreamReader]::new($z).ReadToEnd(); $how = 'base64 + decompress'
        } else { $text = [Text.Encoding]::UTF8.GetString($bytes); $how = 'base64' }
    } elseif ($text -match '\[char\[\]\]\s*\(([\d,\s]+)\)') {
        $text = -join ($Matches[1] -split ',' | ForEach-Object { [char][int]$_.Trim() }); $how = 'char codes'
    } else { break }
    Write-Output "--- layer $i ($how) ---"; Write-Output $text
}
$defanged = $text -replace 'http', 'hxxp' -replace '(\w)\.(\w)', '$1[.]$2'
$hash = [BitConverter]::ToString([Security.Cryptography.SHA256]::Create().ComputeHash([Text.Encoding]::UTF8.GetBytes($text))).Replace('-', '').Substring(0, 12)
Set-Content -Path "decoded-$hash.txt.defanged" -Value $defanged
Write-Output "saved decoded-$hash.txt.defanged"
