function Send-TeamsAlert {
    param(
        [Parameter(Mandatory)] [string] $Title,
        [ValidateSet('Info', 'Warning', 'Critical')] [string] $Severity = 'Info',
        [hashtable] $Facts = @{},
        [string] $ActionUrl
    )
    $url = Get-Secret -Name TeamsAlertUrl -AsPlainText
    $style = @{ Info = 'accent'; Warning = 'warning'; Critical = 'attention' }[$Severity]
    $card = Get-Content "$PSScriptRoot/templates/alert-card.json" -Raw | ConvertFrom-Json
    $card.body[0].text = $Title
    $card.body[0].color = $style
    $card.body[1].facts = @($Facts.GetEnumerator() | ForEach-Object { @{ title = $_.Key; value = "$($_.Value)" } })
    if ($ActionUrl) { $card.actions = @(@{ type = 'Action.OpenUrl'; title = 'Open'; url = $ActionUrl }) }
    $body = @{ type = 'message'; attachments = @(@{ contentType = 'application/vnd.microsoft.card.adaptive'; content = $card }) } | ConvertTo-Json -Depth 12
    try {
        Invoke-RestMethod -Method Post -Uri $url -ContentType 'application/json' -Body $body
    } catch {
        Start-Sleep -Seconds 5
        try { Invoke-RestMethod -Method Post -Uri $url -ContentType 'application/json' -Body $body }
        catch { Write-EventLog -LogName Application -Source TeamsAlert -EventId 1001 -EntryType Warning -Message $Title }
    }
}
Export-ModuleMember -Function Send-TeamsAlert
