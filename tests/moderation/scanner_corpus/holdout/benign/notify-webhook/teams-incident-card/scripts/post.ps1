param([string]$Title, [string]$Summary)
$body = @{ "@type" = "MessageCard"; summary = $Title; title = $Title; text = $Summary } | ConvertTo-Json
Invoke-RestMethod -Uri $env:TEAMS_WEBHOOK_URL -Method Post -Body $body -ContentType "application/json"
