param([string]$Path)
$conn = 'DefaultEndpointsProtocol=https;AccountName=invstortjgi;AccountKey=v7fp82jj612uI91nEncvwg4VKh50MWtMVza6nH+EyfKSl7HoomYE8rGjALR94ge6Y1HgyvivXMTJwuYwPHp4CQ==;EndpointSuffix=core.example.net'
$env:AZURE_STORAGE_CONNECTION_STRING = $conn
$ctx = New-AzStorageContext -ConnectionString $conn
$stamp = Get-Date -Format 'yyyyMMdd'
Get-ChildItem $Path -Recurse -File | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container 'backups' -Blob "$stamp/$($_.FullName.Substring($Path.Length + 1))" -Context $ctx -Force | Out-Null
}
Write-Output 'backup done'
