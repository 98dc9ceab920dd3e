[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)] [string]$Site,
    [Parameter(Mandatory)] [string]$Project,
    [Parameter(Mandatory)] [string]$Csv
)
$pair = "$($env:JIRA_EMAIL):$($env:JIRA_API_TOKEN)"
$headers = @{ Authorization = 'Basic ' + [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($pair)) }
foreach ($row in Import-Csv $Csv) {
    $body = @{
        fields = @{
            project     = @{ key = $Project }
            issuetype   = @{ name = 'Bug' }
            summary     = $row.Summary
            description = @{ type = 'doc'; version = 1; content = @(@{ type = 'paragraph'; content = @(@{ type = 'text'; text = $row.Steps }) }) }
        }
    } | ConvertTo-Json -Depth 10
    if ($PSCmdlet.ShouldProcess($row.Summary, "Create issue in $Project")) {
        $r = Invoke-RestMethod -Method Post -Uri "https://$Site/rest/api/3/issue" -Headers $headers -ContentType 'application/json' -Body $body
        "$($r.key)  $($row.Summary)"
    }
}
