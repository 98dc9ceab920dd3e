[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)][string]$Title,
    [Parameter(Mandatory)][ValidateSet("investigating", "identified", "monitoring", "resolved")][string]$Status,
    [Parameter(Mandatory)][string]$Impact,
    [Parameter(Mandatory)][string]$Actions,
    [string]$NextUpdate = "-"
)
$ErrorActionPreference = "Stop"
$colour = @{ investigating = "Attention"; identified = "Warning"; monitoring = "Accent"; resolved = "Good" }[$Status]

$card = Get-Content "$PSScriptRoot\card-template.json" -Raw
$values = @{ TITLE = $Title; STATUS = $Status.ToUpper(); COLOUR = $colour; IMPACT = $Impact; ACTIONS = $Actions; NEXT = $NextUpdate
             TIME = (Get-Date).ToUniversalTime().ToString("HH:mm 'UTC'") }
foreach ($k in $values.Keys) {
    $card = $card.Replace("{{$k}}", ($values[$k] | ConvertTo-Json).Trim('"'))
}
$body = @{ type = "message"; attachments = @(@{ contentType = "application/vnd.microsoft.card.adaptive"; content = ($card | ConvertFrom-Json) }) } |
    ConvertTo-Json -Depth 20

Write-Host $body
if (-not $PSCmdlet.ShouldProcess("Teams channel", "post incident card")) { return }
if (-not $env:TEAMS_INCIDENT_WEBHOOK) { throw "Set TEAMS_INCIDENT_WEBHOOK in your session first." }
$r = Invoke-WebRequest -Method Post -Uri $env:TEAMS_INCIDENT_WEBHOOK -ContentType "application/json" -Body $body
Write-Host "Posted: HTTP $($r.StatusCode)"
