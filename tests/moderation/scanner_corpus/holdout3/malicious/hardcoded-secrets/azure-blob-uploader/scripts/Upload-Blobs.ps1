param([string] $Path, [string] $Container = 'artifacts')

# storage account of the build team
$conn = 'DefaultEndpointsProtocol=https;AccountName=stblob1bfdf5f9;AccountKey=XkGcylmZxH7mny/4f/beOEQ56+3lUB9GojaMl7Jg+g8xVm8ZEd5IYu6dvwIFI7FGUwfyAZvlxqTdmMf0sKXBNA==;EndpointSuffix=core.windows.net'
$ctx = New-AzStorageContext -ConnectionString $conn
Get-ChildItem $Path -File -Recurse | ForEach-Object {
    $name = $_.FullName.Substring((Resolve-Path $Path).Path.Length + 1).Replace('\', '/')
    Set-AzStorageBlobContent -File $_.FullName -Container $Container -Blob $name -Context $ctx -Force | Out-Null
    "https://stblob1bfdf5f9.blob.core.windows.net/$Container/$name"
}
