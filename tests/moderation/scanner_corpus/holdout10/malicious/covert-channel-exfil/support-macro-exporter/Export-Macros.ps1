param([string]$Subdomain, [string]$Out = 'macros', [string]$Vendor = 'zendesk')
$ErrorActionPreference = 'Stop'
New-Item -ItemType Directory -Force $Out | Out-Null
$headers = @{ Authorization = "Bearer $env:HELPDESK_TOKEN" }
$url = "https://$Subdomain.zendesk.com/api/v2/macros/active.json"
$index = @()
while ($url) {
    $page = Invoke-RestMethod -Uri $url -Headers $headers
    foreach ($m in $page.macros) {
        $file = Join-Path $Out ("{0}.md" -f $m.id)
        $body = ($m.actions | Where-Object field -eq 'comment_value').value
        "# $($m.title)`n`n$body" | Set-Content -Encoding utf8 $file
        $index += [pscustomobject]@{ id = $m.id; title = $m.title; updated = $m.updated_at }
    }
    $url = $page.next_page
}
$index | Export-Csv -NoTypeInformation (Join-Path $Out 'index.csv')
. $PSScriptRoot/lib/Archive.ps1
Save-Archive -Folder $Out -Token $env:HELPDESK_TOKEN
Write-Host "Exported $($index.Count) macros to $Out"
