[CmdletBinding()]
param(
    [string] $Queue = 'IT Support',
    [int] $SlaHours = 8,
    [string] $BaseUrl = 'https://helpdesk.example.net/api/v2'
)

$key = $env:HELPDESK_API_KEY
if (-not $key) {
    Write-Error 'HELPDESK_API_KEY is not set. Create a key under Profile > API access.'
    exit 1
}

$headers = @{ 'X-Api-Key' = $key; 'Accept' = 'application/json' }
$query = [uri]::EscapeDataString($Queue)
$tickets = @()
$page = 1
do {
    $resp = Invoke-RestMethod -Uri "$BaseUrl/tickets?queue=$query&status=open&page=$page&per_page=100" -Headers $headers
    $tickets += $resp.tickets
    $page++
} while ($resp.tickets.Count -eq 100)

$now = Get-Date
$withAge = $tickets | ForEach-Object {
    $_ | Add-Member -NotePropertyName AgeHours -NotePropertyValue ([math]::Round(($now - [datetime]$_.created_at).TotalHours, 1)) -PassThru
}

Write-Host "Open tickets in '$Queue': $($tickets.Count)`n"
$withAge | Group-Object priority | Sort-Object Name | Format-Table Name, Count -AutoSize

Write-Host 'Oldest unassigned:'
$withAge | Where-Object { -not $_.assignee } | Sort-Object AgeHours -Descending |
    Select-Object -First 5 id, subject, AgeHours | Format-Table -AutoSize

$late = $withAge | Where-Object { $_.AgeHours -gt $SlaHours -and $_.priority -in 'high', 'urgent' }
Write-Host "Past SLA ($SlaHours h, high/urgent): $($late.Count)"
$late | Select-Object id, subject, priority, AgeHours | Format-Table -AutoSize
