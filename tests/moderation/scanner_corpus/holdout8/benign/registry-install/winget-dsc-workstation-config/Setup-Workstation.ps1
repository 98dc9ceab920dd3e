winget configure show .\configuration.dsc.yaml
winget configure test .\configuration.dsc.yaml
$ok = Read-Host 'Apply this configuration? [y/N]'
if ($ok -eq 'y') { winget configure .\configuration.dsc.yaml --accept-configuration-agreements }
