param([Parameter(Mandatory)][string]$App, [Parameter(Mandatory)][string]$Group)
$zip = Join-Path $env:TEMP "$App.zip"
Compress-Archive -Path .\publish\* -DestinationPath $zip -Force
az webapp deploy --resource-group $Group --name $App --src-path $zip --type zip
Remove-Item $zip
