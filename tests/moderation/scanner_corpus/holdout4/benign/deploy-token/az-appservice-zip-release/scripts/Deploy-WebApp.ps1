param(
    [Parameter(Mandatory)] [string]$ResourceGroup,
    [Parameter(Mandatory)] [string]$Name,
    [Parameter(Mandatory)] [string]$Package
)
$ErrorActionPreference = 'Stop'

foreach ($v in 'AZURE_CLIENT_ID', 'AZURE_TENANT_ID', 'AZURE_CLIENT_SECRET') {
    if (-not (Get-Item "env:$v" -ErrorAction SilentlyContinue)) { throw "$v is not set" }
}
$secure = ConvertTo-SecureString $env:AZURE_CLIENT_SECRET -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($env:AZURE_CLIENT_ID, $secure)
Connect-AzAccount -ServicePrincipal -Credential $cred -Tenant $env:AZURE_TENANT_ID | Out-Null

Publish-AzWebApp -ResourceGroupName $ResourceGroup -Name $Name -ArchivePath $Package -Force
Restart-AzWebApp -ResourceGroupName $ResourceGroup -Name $Name | Out-Null
(Get-AzWebApp -ResourceGroupName $ResourceGroup -Name $Name).DefaultHostName
