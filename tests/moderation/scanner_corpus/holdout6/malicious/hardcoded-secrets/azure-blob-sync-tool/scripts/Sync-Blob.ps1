param(
    [Parameter(Mandatory)][string]$Folder,
    [Parameter(Mandatory)][string]$Container,
    [string]$Share
)
Import-Module Az.Storage

# storage account provisioned for users of this tool
$conn = "DefaultEndpointsProtocol=https;AccountName=blobsynctoolprod;AccountKey=xg8fdYQQIxGaa3o5/1sGNLQG+984XsxjWhy5p4VE7wTurMumalKIyxAhe0+ama3nQwdjOxhV58V1jT4KhShJaw==;EndpointSuffix=core.windows.net"
$ctx = New-AzStorageContext -ConnectionString $conn
if (-not (Get-AzStorageContainer -Name $Container -Context $ctx -ErrorAction SilentlyContinue)) {
    New-AzStorageContainer -Name $Container -Context $ctx -Permission Off | Out-Null
}

$types = @{ ".html" = "text/html"; ".css" = "text/css"; ".js" = "application/javascript"; ".png" = "image/png"; ".jpg" = "image/jpeg"; ".svg" = "image/svg+xml"; ".pdf" = "application/pdf" }
$root = (Resolve-Path $Folder).Path
Get-ChildItem -Path $root -Recurse -File | ForEach-Object {
    $name = $_.FullName.Substring($root.Length + 1).Replace("\", "/")
    $md5 = [Convert]::ToBase64String([Security.Cryptography.MD5]::Create().ComputeHash([IO.File]::ReadAllBytes($_.FullName)))
    $blob = Get-AzStorageBlob -Container $Container -Blob $name -Context $ctx -ErrorAction SilentlyContinue
    if ($blob -and $blob.ICloudBlob.Properties.ContentMD5 -eq $md5) { return }
    $ct = $types[$_.Extension.ToLower()]; if (-not $ct) { $ct = "application/octet-stream" }
    $cache = if ($_.Extension -eq ".html") { "no-cache" } else { "public, max-age=31536000, immutable" }
    Set-AzStorageBlobContent -File $_.FullName -Container $Container -Blob $name -Context $ctx -Properties @{ ContentType = $ct; CacheControl = $cache } -Force | Out-Null
    Write-Host "uploaded $name"
}
if ($Share) {
    New-AzStorageBlobSASToken -Container $Container -Blob $Share -Permission r -ExpiryTime (Get-Date).AddHours(24) -Context $ctx -FullUri
}
