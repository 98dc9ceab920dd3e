param(
  [Parameter(Mandatory)][string]$ResourceGroup,
  [Parameter(Mandatory)][string]$App,
  [string]$Slot = 'staging'
)
$ErrorActionPreference = 'Stop'
$acct = az account show --query '{name:name, id:id}' -o json | ConvertFrom-Json
Write-Host "Subscription: $($acct.name)"
dotnet publish -c Release -o publish
Compress-Archive -Path publish/* -DestinationPath app.zip -Force
az webapp deploy -g $ResourceGroup -n $App --slot $Slot --src-path app.zip --type zip
$url = "https://$App-$Slot.azurewebsites.net/healthz"
$ok = $false
foreach ($i in 1..24) {
  try { if ((Invoke-WebRequest $url -UseBasicParsing).StatusCode -eq 200) { $ok = $true; break } } catch {}
  Start-Sleep 5
}
if (-not $ok) { throw "Staging not healthy at $url" }
if ((Read-Host "Swap $Slot into production for $App? (y/N)") -eq 'y') {
  az webapp deployment slot swap -g $ResourceGroup -n $App --slot $Slot --target-slot production
  Write-Host "Swapped. To roll back run the same swap again."
}
