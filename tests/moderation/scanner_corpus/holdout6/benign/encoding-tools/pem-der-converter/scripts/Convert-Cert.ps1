[CmdletBinding(DefaultParameterSetName = 'Info')]
param(
    [Parameter(Mandatory)] [string] $Path,
    [Parameter(ParameterSetName = 'Split')] [switch] $Split,
    [Parameter(ParameterSetName = 'ToPem')] [switch] $ToPem,
    [Parameter(ParameterSetName = 'ToDer')] [switch] $ToDer
)
$ErrorActionPreference = 'Stop'
$bytes = [IO.File]::ReadAllBytes((Resolve-Path $Path))
$text = [Text.Encoding]::ASCII.GetString($bytes)
if ($text -match 'PRIVATE KEY') { throw 'This file contains a private key. Convert certificates only.' }

function Show([Security.Cryptography.X509Certificates.X509Certificate2] $c) {
    $sha = [BitConverter]::ToString([Security.Cryptography.SHA256]::Create().ComputeHash($c.RawData)).Replace('-', '')
    Write-Host "Subject : $($c.Subject)"
    Write-Host "Issuer  : $($c.Issuer)"
    Write-Host "Valid   : $($c.NotBefore.ToString('u')) .. $($c.NotAfter.ToString('u'))"
    Write-Host "SHA-256 : $sha`n"
}

function ToPemText([byte[]] $der) {
    $b64 = [Convert]::ToBase64String($der, 'InsertLineBreaks')
    "-----BEGIN CERTIFICATE-----`n$b64`n-----END CERTIFICATE-----`n"
}

$blocks = [regex]::Matches($text, '-----BEGIN CERTIFICATE-----(.+?)-----END CERTIFICATE-----', 'Singleline')
$ders = if ($blocks.Count) { $blocks | ForEach-Object { ,[Convert]::FromBase64String(($_.Groups[1].Value -replace '\s', '')) } } else { ,$bytes }

$i = 0
foreach ($der in $ders) {
    $i++
    $cert = [Security.Cryptography.X509Certificates.X509Certificate2]::new([byte[]]$der)
    Show $cert
    $base = [IO.Path]::ChangeExtension($Path, $null).TrimEnd('.')
    if ($Split) { [IO.File]::WriteAllBytes("$base-$i.cer", $der) ; Write-Host "wrote $base-$i.cer" }
    if ($ToDer) { [IO.File]::WriteAllBytes("$base.cer", $der) ; Write-Host "wrote $base.cer" }
    if ($ToPem) { Set-Content "$base.pem" (ToPemText $der) -NoNewline ; Write-Host "wrote $base.pem" }
}
