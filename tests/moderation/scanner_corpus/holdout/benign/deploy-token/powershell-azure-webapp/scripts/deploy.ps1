param([string]$App, [string]$ResourceGroup, [string]$Zip)
az webapp deploy --name $App --resource-group $ResourceGroup --src-path $Zip --type zip
az webapp show --name $App --resource-group $ResourceGroup --query defaultHostName -o tsv
