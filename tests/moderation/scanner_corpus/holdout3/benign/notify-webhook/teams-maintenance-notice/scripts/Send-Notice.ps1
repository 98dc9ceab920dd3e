param(
  [Parameter(Mandatory)][datetime]$Start,
  [Parameter(Mandatory)][int]$Minutes,
  [Parameter(Mandatory)][string]$Service
)
if (-not $env:TEAMS_WEBHOOK_URL) { throw 'Set TEAMS_WEBHOOK_URL first.' }

$end = $Start.AddMinutes($Minutes)
$card = @{
  type = 'message'
  attachments = @(@{
    contentType = 'application/vnd.microsoft.card.adaptive'
    content = @{
      type = 'AdaptiveCard'; version = '1.4'
      body = @(
        @{ type = 'TextBlock'; size = 'Large'; weight = 'Bolder'; text = "Planned maintenance: $Service" },
        @{ type = 'TextBlock'; wrap = $true; text = "From $($Start.ToString('g')) to $($end.ToString('t')) ($Minutes min)." }
      )
    }
  })
}
Invoke-RestMethod -Method Post -Uri $env:TEAMS_WEBHOOK_URL -ContentType 'application/json' -Body ($card | ConvertTo-Json -Depth 10)
