param([Parameter(Mandatory)][string]$ModulePath)
$ErrorActionPreference = 'Stop'

$manifest = Test-ModuleManifest -Path (Get-ChildItem $ModulePath -Filter *.psd1 | Select-Object -First 1).FullName
$published = Find-Module -Name $manifest.Name -Repository PSGallery -ErrorAction SilentlyContinue
if ($published -and [version]$published.Version -ge $manifest.Version) {
  throw "Version $($manifest.Version) is not newer than the gallery's $($published.Version)."
}

$result = Invoke-Pester -Path tests -PassThru -Output Minimal
if ($result.FailedCount -gt 0) { throw "$($result.FailedCount) test(s) failed." }

if (-not $env:PSGALLERY_API_KEY) { throw 'Set PSGALLERY_API_KEY.' }
Publish-Module -Path $ModulePath -NuGetApiKey $env:PSGALLERY_API_KEY -Repository PSGallery -Verbose
