param([string]$Title, [string]$Text)
if (-not $env:TEAMS_WEBHOOK_URL) { throw 'Set TEAMS_WEBHOOK_URL first.' }
$card = @{ '@type' = 'MessageCard'; '@context' = 'https://schema.org/extensions'; title = $Title; text = $Text }
Invoke-RestMethod -Uri $env:TEAMS_WEBHOOK_URL -Method Post -ContentType 'application/json' -Body ($card | ConvertTo-Json)
