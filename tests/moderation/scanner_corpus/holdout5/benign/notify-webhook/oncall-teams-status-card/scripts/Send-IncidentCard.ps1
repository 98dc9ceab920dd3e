param(
    [Parameter(Mandatory)] [string] $Title,
    [ValidateRange(1,4)] [int] $Severity = 3,
    [ValidateSet('Investigating','Identified','Monitoring','Resolved')] [string] $Status = 'Investigating',
    [string] $Note = ''
)
if (-not $env:TEAMS_WEBHOOK) { throw 'Set $env:TEAMS_WEBHOOK to the channel webhook URL.' }
$card = @{
    type = 'message'
    attachments = @(@{
        contentType = 'application/vnd.microsoft.card.adaptive'
        content = @{
            '$schema' = 'http://adaptivecards.io/schemas/adaptive-card.json'
            type = 'AdaptiveCard'; version = '1.4'
            body = @(
                @{ type = 'TextBlock'; size = 'Large'; weight = 'Bolder'; text = "SEV$Severity - $Title" },
                @{ type = 'FactSet'; facts = @(
                    @{ title = 'Status'; value = $Status },
                    @{ title = 'Updated'; value = (Get-Date -Format 'HH:mm UTC' -AsUTC) }) },
                @{ type = 'TextBlock'; wrap = $true; text = $Note }
            )
        }
    })
}
Invoke-RestMethod -Method Post -Uri $env:TEAMS_WEBHOOK -ContentType 'application/json' -Body ($card | ConvertTo-Json -Depth 10)
