param(
  [Parameter(Mandatory)][string]$ResourceGroup,
  [Parameter(Mandatory)][string]$AppName,
  [Parameter(Mandatory)][string]$Package
)
$ErrorActionPreference = 'Stop'

if ($env:AZURE_CLIENT_SECRET) {
  # Non-interactive login for CI; the secret goes to Azure AD only.
  az login --service-principal -u $env:AZURE_CLIENT_ID -p $env:AZURE_CLIENT_SECRET --tenant $env:AZURE_TENANT_ID | Out-Null
}
$account = az account show --query user.name -o tsv
Write-Host "Deploying $Package to $AppName as $account"

az webapp deploy --resource-group $ResourceGroup --name $AppName --src-path $Package --type zip
az webapp show --resource-group $ResourceGroup --name $AppName --query defaultHostName -o tsv
