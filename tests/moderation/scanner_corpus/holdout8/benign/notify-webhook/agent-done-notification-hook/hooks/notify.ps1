param([string]$Kind)
$msg = if ($Kind -eq 'done') { 'Claude Code: done' } else { 'Claude Code: waiting for you' }
if (Get-Module -ListAvailable BurntToast) { New-BurntToastNotification -Text 'Claude Code', $msg }
