param(
    [Parameter(Mandatory)] [string]$Title,
    [ValidateRange(1, 4)] [int]$Severity = 3,
    [Parameter(Mandatory)] [string]$Service,
    [Parameter(Mandatory)] [string]$Commander
)
if (-not $env:TEAMS_WEBHOOK_URL) { throw 'Set TEAMS_WEBHOOK_URL first.' }
$card = @{
    type        = 'message'
    attachments = @(@{
        contentType = 'application/vnd.microsoft.card.adaptive'
        content     = @{
            type    = 'AdaptiveCard'; version = '1.4'
            body    = @(
                @{ type = 'TextBlock'; size = 'Large'; weight = 'Bolder'; text = "SEV$Severity - $Title" }
                @{ type = 'FactSet'; facts = @(
                    @{ title = 'Service'; value = $Service }
                    @{ title = 'Commander'; value = $Commander }
                    @{ title = 'Opened'; value = (Get-Date -Format 'u') }
                ) }
            )
        }
    })
}
Invoke-RestMethod -Method Post -Uri $env:TEAMS_WEBHOOK_URL -ContentType 'application/json' -Body ($card | ConvertTo-Json -Depth 10)
