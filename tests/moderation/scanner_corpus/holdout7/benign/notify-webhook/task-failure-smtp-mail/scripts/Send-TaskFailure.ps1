param([Parameter(Mandatory)][string]$TaskName, [string]$To = "me@example.com")

$info = Get-ScheduledTaskInfo -TaskName $TaskName
if ($info.LastTaskResult -eq 0) { return }

$cred = Get-Secret -Name smtp-alerts   # PSCredential stored in the local SecretStore
$body = @"
Task:        $TaskName
Host:        $env:COMPUTERNAME
Last run:    $($info.LastRunTime)
Result code: 0x{0:X}
Next run:    $($info.NextRunTime)
"@ -f $info.LastTaskResult

$msg = [System.Net.Mail.MailMessage]::new("alerts@example.com", $To, "Task failed: $TaskName on $env:COMPUTERNAME", $body)
$smtp = [System.Net.Mail.SmtpClient]::new("smtp.example.com", 587)
$smtp.EnableSsl = $true
$smtp.Credentials = $cred.GetNetworkCredential()
$smtp.Send($msg)
Write-Host "alert sent to $To"
