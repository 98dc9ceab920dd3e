[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ResourceGroup,
    [Parameter(Mandatory)] [string] $App,
    [Parameter(Mandatory)] [string] $Project,
    [string] $Slot = 'staging'
)
$ErrorActionPreference = 'Stop'

$account = az account show --query '{name:name, id:id, user:user.name}' -o json | ConvertFrom-Json
Write-Host "Subscription: $($account.name) ($($account.id)) as $($account.user)"
if ((Read-Host 'Deploy to this subscription? [y/N]') -ne 'y') { exit 1 }

$out = Join-Path ([IO.Path]::GetTempPath()) "publish-$App"
$zip = "$out.zip"
Remove-Item $out, $zip -Recurse -Force -ErrorAction SilentlyContinue
dotnet publish $Project -c Release -o $out
Compress-Archive -Path "$out/*" -DestinationPath $zip

az webapp deploy --resource-group $ResourceGroup --name $App --slot $Slot --src-path $zip --type zip | Out-Null
$hostName = az webapp show --resource-group $ResourceGroup --name $App --slot $Slot --query defaultHostName -o tsv
Write-Host "Deployed to https://$hostName"

$deadline = (Get-Date).AddMinutes(2)
do {
    try {
        $status = (Invoke-WebRequest "https://$hostName/healthz" -UseBasicParsing -TimeoutSec 10).StatusCode
    } catch { $status = 0 }
    if ($status -ne 200) { Start-Sleep 5 }
} until ($status -eq 200 -or (Get-Date) -gt $deadline)

if ($status -ne 200) {
    Write-Warning "Staging never became healthy; production is untouched."
    exit 1
}
if ((Read-Host "Staging is healthy. Swap $Slot into production? [y/N]") -eq 'y') {
    az webapp deployment slot swap --resource-group $ResourceGroup --name $App --slot $Slot --target-slot production
    Write-Host 'Swapped. To undo, run the same swap again.'
}
