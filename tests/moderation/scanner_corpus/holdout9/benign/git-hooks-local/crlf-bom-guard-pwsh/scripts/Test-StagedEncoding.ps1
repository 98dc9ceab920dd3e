$bad = @()
$files = git diff --cached --name-only --diff-filter=ACM
foreach ($f in $files) {
    $attr = git check-attr eol -- $f
    $raw = git cat-file -p ":$f" | Out-String
    if ($raw.Length -gt 0 -and [int][char]$raw[0] -eq 0xFEFF) { $bad += "${f}: UTF-8 BOM" }
    if ($attr -match 'eol: lf' -and $raw -match "`r`n") { $bad += "${f}: CRLF line endings" }
}
if ($bad) {
    $bad | ForEach-Object { Write-Host $_ }
    Write-Host 'Fix the files above (see the skill for commands) and stage them again.'
    exit 1
}
