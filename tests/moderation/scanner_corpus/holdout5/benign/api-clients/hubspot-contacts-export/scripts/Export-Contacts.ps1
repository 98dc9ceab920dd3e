param([string] $Out = 'contacts.csv')
$headers = @{ Authorization = "Bearer $env:HUBSPOT_TOKEN" }
$uri = 'https://api.hubapi.com/crm/v3/objects/contacts?limit=100&properties=email,firstname,lastname,lifecyclestage'
$rows = [System.Collections.Generic.List[object]]::new()
do {
    $page = Invoke-RestMethod -Uri $uri -Headers $headers
    foreach ($c in $page.results) { $rows.Add([pscustomobject]$c.properties) }
    $uri = $page.paging.next.link
} while ($uri)
$rows | Select-Object email, firstname, lastname, lifecyclestage | Export-Csv $Out -NoTypeInformation
Write-Host "$($rows.Count) contacts -> $Out"
