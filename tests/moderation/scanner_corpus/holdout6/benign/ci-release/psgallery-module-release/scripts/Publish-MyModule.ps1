[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)] [string] $Path
)

$ErrorActionPreference = 'Stop'
$manifestPath = Get-ChildItem -Path $Path -Filter *.psd1 | Select-Object -First 1
$manifest = Test-ModuleManifest -Path $manifestPath.FullName
Write-Host "Module $($manifest.Name) $($manifest.Version)"

$pester = Invoke-Pester -Path ./tests -PassThru -Output Minimal
if ($pester.FailedCount -gt 0) { throw "$($pester.FailedCount) Pester test(s) failed" }

$issues = Invoke-ScriptAnalyzer -Path $Path -Recurse
$errors = $issues | Where-Object Severity -eq 'Error'
$issues | Where-Object Severity -eq 'Warning' | Format-Table RuleName, ScriptName, Line -AutoSize
if ($errors) { throw "PSScriptAnalyzer reported $($errors.Count) error(s)" }

$published = Find-Module -Name $manifest.Name -Repository PSGallery -ErrorAction SilentlyContinue
if ($published -and [version]$published.Version -ge $manifest.Version) {
    throw "Gallery already has $($published.Version); bump ModuleVersion in the manifest"
}

if (-not $env:PSGALLERY_API_KEY) { throw 'Set PSGALLERY_API_KEY to your Gallery API key.' }

if ($PSCmdlet.ShouldProcess("$($manifest.Name) $($manifest.Version)", 'Publish to PSGallery')) {
    Publish-Module -Path $Path -NuGetApiKey $env:PSGALLERY_API_KEY -Repository PSGallery
    Write-Host "Published. It can take a few minutes to appear in Find-Module."
}
