param([switch]$Setup, [string]$Name)

if ($Setup) {
  Install-Module Microsoft.PowerShell.SecretManagement, Microsoft.PowerShell.SecretStore -Scope CurrentUser
  Register-SecretVault -Name LocalVault -ModuleName Microsoft.PowerShell.SecretStore -DefaultVault
  Write-Host 'Now run: Set-Secret -Name OPENAI_API_KEY   (you will be prompted for the value)'
  return
}

if (-not $Name) { throw 'Give -Name of the secret to load.' }
$value = Get-Secret -Name $Name -AsPlainText
Set-Item -Path "Env:$Name" -Value $value
Write-Host "$Name loaded into this session's environment ($($value.Length) characters)."
