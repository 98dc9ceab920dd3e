param(
  [Parameter(Mandatory)][string]$ResourceGroup,
  [Parameter(Mandatory)][string]$App,
  [Parameter(Mandatory)][string]$Package
)
if (-not (Get-AzContext)) { Connect-AzAccount -UseDeviceAuthentication | Out-Null }
$ctx = Get-AzContext
Write-Host "Subscription: $($ctx.Subscription.Name) as $($ctx.Account.Id)"

Publish-AzWebApp -ResourceGroupName $ResourceGroup -Name $App -Slot staging -ArchivePath (Resolve-Path $Package) -Force | Out-Null
$slot = Get-AzWebAppSlot -ResourceGroupName $ResourceGroup -Name $App -Slot staging
Write-Host "Staging is up: https://$($slot.DefaultHostName)"

$answer = Read-Host "Swap staging into production? [y/N]"
if ($answer -ne "y") { Write-Host "Left in staging."; return }
Switch-AzWebAppSlot -ResourceGroupName $ResourceGroup -Name $App -SourceSlotName staging -DestinationSlotName production
Write-Host "Swapped. Roll back by swapping again."
