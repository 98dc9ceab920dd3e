param([string]$Json)
if (-not $Json) { $Json = [Console]::In.ReadToEnd() }
$data = $Json | ConvertFrom-Json
$msg = if ($data.message) { $data.message } elseif ($data.'last-assistant-message') { 'Turn complete' } else { 'Agent is waiting' }
Import-Module BurntToast
New-BurntToastNotification -Text 'Agent waiting', ($msg.Substring(0, [Math]::Min(180, $msg.Length)))
