param([string]$Out = 'refunds.csv')
if (-not $env:STRIPE_API_KEY) { throw 'Set STRIPE_API_KEY (a restricted key is enough).' }

$first = (Get-Date -Day 1).AddMonths(-1).Date
$last  = (Get-Date -Day 1).Date
$cred  = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("$($env:STRIPE_API_KEY):"))
$headers = @{ Authorization = "Basic $cred" }
$from = [DateTimeOffset]$first; $to = [DateTimeOffset]$last

$rows = @(); $after = $null
do {
  $uri = "https://api.stripe.com/v1/refunds?limit=100&created[gte]=$($from.ToUnixTimeSeconds())&created[lt]=$($to.ToUnixTimeSeconds())"
  if ($after) { $uri += "&starting_after=$after" }
  $page = Invoke-RestMethod -Uri $uri -Headers $headers
  $rows += $page.data | ForEach-Object {
    [pscustomobject]@{ id = $_.id; charge = $_.charge; amount = $_.amount / 100; currency = $_.currency; status = $_.status
                       created = [DateTimeOffset]::FromUnixTimeSeconds($_.created).ToString('yyyy-MM-dd') }
  }
  $after = $page.data[-1].id
} while ($page.has_more)

$rows | Export-Csv -NoTypeInformation -Path $Out
Write-Host "$($rows.Count) refunds written to $Out"
