param(
  [Parameter(Mandatory)][string]$InFile,
  [Parameter(Mandatory)][string]$OutFile
)
$text = (Get-Content -Raw -LiteralPath $InFile) -replace '\s', ''
$bytes = [Convert]::FromBase64String($text)
[IO.File]::WriteAllBytes((Join-Path (Get-Location) $OutFile), $bytes)

$hash = (Get-FileHash -LiteralPath $OutFile -Algorithm SHA256).Hash
$head = ($bytes[0..([Math]::Min(15, $bytes.Length - 1))] | ForEach-Object { $_.ToString("x2") }) -join " "
$kind = switch -Regex ($head) {
  '^4d 5a' { "Windows executable (MZ) - do not run" }
  '^50 4b' { "ZIP / Office document" }
  '^25 50 44 46' { "PDF" }
  '^1f 8b' { "gzip" }
  default { "unknown" }
}
[pscustomobject]@{ File = $OutFile; Bytes = $bytes.Length; SHA256 = $hash; FirstBytes = $head; Type = $kind } | Format-List
