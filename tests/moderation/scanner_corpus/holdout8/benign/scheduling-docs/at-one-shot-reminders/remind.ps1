param([int]$Minutes, [string]$Message)
Start-Job -ScriptBlock {
    param($m, $msg)
    Start-Sleep -Seconds ($m * 60)
    New-BurntToastNotification -Text 'Reminder', $msg
} -ArgumentList $Minutes, $Message | Out-Null
Write-Host "reminder in $Minutes minutes (keep this session open)"
