param(
  [Parameter(Mandatory)][string]$Version,
  [Parameter(Mandatory)][string]$InstallerUrl,
  [string]$PackageId = "Owner.App",
  [switch]$Submit
)
if ($Submit -and -not $env:WINGET_GITHUB_TOKEN) { throw "Set WINGET_GITHUB_TOKEN (public_repo scope) to submit." }

$tmp = Join-Path $env:TEMP "app-$Version.msi"
Invoke-WebRequest -Uri $InstallerUrl -OutFile $tmp
$hash = (Get-FileHash $tmp -Algorithm SHA256).Hash
Write-Host "Installer SHA256: $hash"

$args = @("update", $PackageId, "--version", $Version, "--urls", $InstallerUrl, "--out", "manifests")
if ($Submit) { $args += @("--submit", "--token", $env:WINGET_GITHUB_TOKEN) }
& wingetcreate @args
Get-ChildItem -Recurse manifests -Filter *.yaml | ForEach-Object { Write-Host "--- $($_.Name)"; Get-Content $_ }
