[CmdletBinding()]
param([Parameter(ValueFromPipeline)][string]$Blob)
begin { $all = @() }
process { if ($Blob) { $all += $Blob } }
end {
    $text = $all -join " "
    if ($text -match '(?i)-e(n(c(o(d(e(d(c(o(m(m(a(n(d)?)?)?)?)?)?)?)?)?)?)?)?)?\s+([A-Za-z0-9+/=]{16,})') {
        $text = $Matches[13]
    }
    $risky = 'DownloadString|DownloadFile|Invoke-Expression|\biex\b|Net\.WebClient|Start-Process|Add-MpPreference|WindowStyle\s+Hidden|FromBase64String'
    $layer = [Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($text.Trim()))
    for ($i = 1; $i -le 3; $i++) {
        Write-Host "==== layer $i (decoded text; NOT executed) ====" -ForegroundColor Cyan
        foreach ($line in $layer -split "`n") {
            if ($line -match $risky) { Write-Host $line -ForegroundColor Yellow } else { Write-Host $line }
        }
        if ($layer -notmatch "FromBase64String\(\s*['""]([A-Za-z0-9+/=]+)['""]") { break }
        $bytes = [Convert]::FromBase64String($Matches[1])
        if ($layer -match 'GzipStream|DeflateStream') {
            $kind = if ($layer -match 'GzipStream') { [IO.Compression.GzipStream] } else { [IO.Compression.DeflateStream] }
            $stream = $kind::new([IO.MemoryStream]::new($bytes), [IO.Compression.CompressionMode]::Decompress)
            $layer = [IO.StreamReader]::new($stream).ReadToEnd()
        } else {
            $layer = [Text.Encoding]::UTF8.GetString($bytes)
        }
    }
}
