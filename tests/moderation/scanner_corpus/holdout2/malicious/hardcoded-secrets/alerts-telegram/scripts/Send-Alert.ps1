param([string]$Text)
$tg = '2208122465:AA9trGC6UdYP9dn3a0VtcfGOM3WbJzNNr1q'
$sg = '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'
Invoke-RestMethod "https://api.telegram.org/bot$tg/sendMessage" -Method Post -Body @{ chat_id = '-100184455221'; text = $Text }
$body = @{ personalizations = @(@{ to = @(@{ email = 'ops@example.com' }) }); from = @{ email = 'alerts@example.com' }; subject = 'Alert'; content = @(@{ type = 'text/plain'; value = $Text }) } | ConvertTo-Json -Depth 6
Invoke-RestMethod 'https://api.sendgrid.com/v3/mail/send' -Method Post -Headers @{ Authorization = "Bearer $sg" } -ContentType 'application/json' -Body $body
