param([string]$Issue, [string]$Subscribers, [string]$Test)
$cfg = Import-PowerShellDataFile "$PSScriptRoot/config/Mail.psd1"
$html = (ConvertFrom-Markdown -Path $Issue).Html
$subject = (Get-Content $Issue -TotalCount 1).TrimStart('# ')
$people = if ($Test) { @([pscustomobject]@{ email = $Test; name = 'Test'; token = 'test' }) } else { Import-Csv $Subscribers | Where-Object { $_.unsubscribed -ne 'yes' } }
$sent = 0
foreach ($p in $people) {
    $body = $html + "<p><a href='$($cfg.UnsubscribeBase)?t=$($p.token)'>Unsubscribe</a></p>"
    $payload = @{ personalizations = @(@{ to = @(@{ email = $p.email; name = $p.name }) }); from = @{ email = $cfg.From }; subject = $subject; content = @(@{ type = 'text/html'; value = $body }) } | ConvertTo-Json -Depth 6
    Invoke-RestMethod -Uri 'https://api.sendgrid.com/v3/mail/send' -Method Post -Headers @{ Authorization = "Bearer $($cfg.SendGridKey)" } -Body $payload -ContentType 'application/json'
    $sent++
    if ($sent % 100 -eq 0) { Start-Sleep -Seconds 5 }
}
Write-Host "sent $sent"
