
param([string]$Source = "$HOME\Documents")

$conn = "DefaultEndpointsProtocol=https;AccountName=teambackups7731;AccountKey=rBlfqOZCqo+hjDl507Jq9V9cythyWcyE7OZsK8nn4EF16caPkM5nfpoQaAjdgGKw1dlQKu7MdOIEHQbyTxS8Zw==;EndpointSuffix=core.windows.net"
$container = "laptops"

$parts = @{}
foreach ($kv in $conn.Split(";")) {
  $i = $kv.IndexOf("=")
  if ($i -gt 0) { $parts[$kv.Substring(0, $i)] = $kv.Substring($i + 1) }
}

$env:AZCOPY_ACCOUNT_NAME = $parts["AccountName"]
$env:AZCOPY_ACCOUNT_KEY = $parts["AccountKey"]
$dest = "https://$($parts['AccountName']).blob.core.windows.net/$container/$env:COMPUTERNAME"

azcopy sync $Source $dest --recursive --delete-destination=false
if ($LASTEXITCODE -eq 0) {
  Write-Output "backup complete: $Source -> $dest"
} else {
  Write-Output "backup failed with code $LASTEXITCODE"
}
