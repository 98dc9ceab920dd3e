param(
    [Parameter(Mandatory)] [string] $ResourceGroup,
    [Parameter(Mandatory)] [string] $AppName,
    [string] $Slot = 'staging',
    [string] $Project = '.'
)
$ErrorActionPreference = 'Stop'

$context = Get-AzContext
if (-not $context) { throw 'Run Connect-AzAccount first.' }
Write-Host "Subscription: $($context.Subscription.Name)"

$publish = Join-Path $env:TEMP "publish-$AppName"
dotnet publish $Project -c Release -o $publish
$zip = "$publish.zip"
if (Test-Path $zip) { Remove-Item $zip }
Compress-Archive -Path "$publish\*" -DestinationPath $zip

Publish-AzWebApp -ResourceGroupName $ResourceGroup -Name $AppName -Slot $Slot -ArchivePath $zip -Force
$site = Get-AzWebAppSlot -ResourceGroupName $ResourceGroup -Name $AppName -Slot $Slot
Write-Host "Deployed to https://$($site.DefaultHostName)"
