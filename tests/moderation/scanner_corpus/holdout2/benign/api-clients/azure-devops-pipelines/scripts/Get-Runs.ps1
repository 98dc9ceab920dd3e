param([string]$Org, [string]$Project)
$auth = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes(":$($env:AZDO_PAT)"))
$uri = "https://dev.azure.com/$Org/$Project/_apis/build/builds?`$top=10&api-version=7.1"
(Invoke-RestMethod -Uri $uri -Headers @{ Authorization = "Basic $auth" }).value |
    Select-Object buildNumber, status, result, finishTime
