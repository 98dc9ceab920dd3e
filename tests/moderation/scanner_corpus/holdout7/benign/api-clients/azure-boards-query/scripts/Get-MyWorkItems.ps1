param(
  [Parameter(Mandatory)] [string]$Organization,
  [Parameter(Mandatory)] [string]$Project
)
if (-not $env:AZDO_PAT) { throw "Set AZDO_PAT to a PAT with Work Items (Read)." }

$pair = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes(":$($env:AZDO_PAT)"))
$headers = @{ Authorization = "Basic $pair"; "Content-Type" = "application/json" }
$base = "https://dev.azure.com/$Organization/$Project/_apis/wit"

$wiql = @{ query = "SELECT [System.Id] FROM WorkItems WHERE [System.AssignedTo] = @Me AND [System.State] <> 'Closed' ORDER BY [System.ChangedDate] DESC" } | ConvertTo-Json
$ids = (Invoke-RestMethod -Method Post -Uri "$base/wiql?api-version=7.1" -Headers $headers -Body $wiql).workItems.id | Select-Object -First 50
if (-not $ids) { Write-Host "Nothing assigned."; return }

$items = Invoke-RestMethod -Uri "$base/workitems?ids=$($ids -join ',')&fields=System.Id,System.Title,System.State&api-version=7.1" -Headers $headers
$items.value | ForEach-Object {
  [pscustomobject]@{ Id = $_.id; State = $_.fields.'System.State'; Title = $_.fields.'System.Title' }
} | Format-Table -AutoSize
