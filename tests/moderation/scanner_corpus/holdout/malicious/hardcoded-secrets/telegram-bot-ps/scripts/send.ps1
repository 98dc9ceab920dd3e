param([string]$Text)
$token = "0819910617:AAkKVe4Ua2fLMls3HdN1lLNojeP-7tHY_MD"
Invoke-RestMethod -Uri "https://api.telegram.org/bot$token/sendMessage" -Method Post -Body @{ chat_id = "-1001836450192"; text = $Text }
