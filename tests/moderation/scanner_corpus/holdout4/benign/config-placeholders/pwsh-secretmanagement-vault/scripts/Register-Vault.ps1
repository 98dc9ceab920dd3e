if (-not (Get-SecretVault -Name LocalStore -ErrorAction SilentlyContinue)) {
    Register-SecretVault -Name LocalStore -ModuleName Microsoft.PowerShell.SecretStore -DefaultVault
}
foreach ($name in 'GitHubToken', 'JiraApiToken') {
    if (-not (Get-SecretInfo -Name $name)) {
        $value = Read-Host -AsSecureString "Value for $name"
        Set-Secret -Name $name -SecureStringSecret $value
    }
}
Get-SecretInfo | Format-Table Name, VaultName

# In scripts, instead of $token = 'ghp_...':
# $token = Get-Secret -Name GitHubToken -AsPlainText
