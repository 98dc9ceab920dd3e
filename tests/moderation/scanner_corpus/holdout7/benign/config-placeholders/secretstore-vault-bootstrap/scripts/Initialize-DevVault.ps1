param([Parameter(Mandatory)][string[]]$Names, [string]$Vault = "DevVault")

foreach ($m in "Microsoft.PowerShell.SecretManagement", "Microsoft.PowerShell.SecretStore") {
  if (-not (Get-Module -ListAvailable $m)) { Install-Module $m -Scope CurrentUser -Repository PSGallery }
}
if (-not (Get-SecretVault -Name $Vault -ErrorAction SilentlyContinue)) {
  Register-SecretVault -Name $Vault -ModuleName Microsoft.PowerShell.SecretStore -DefaultVault
  Write-Host "Registered vault $Vault (SecretStore will ask you for a vault password)."
}
foreach ($name in $Names) {
  $value = Read-Host -AsSecureString "Value for $name"
  Set-Secret -Name $name -SecureStringSecret $value -Vault $Vault
  Write-Host "stored $name"
}
Write-Host "Use in scripts: `$token = Get-Secret -Name <NAME> -AsPlainText"
