[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $List,
    [string[]] $Modules = @('Pester', 'PSScriptAnalyzer', 'posh-git'),
    [switch] $Install
)

$data = Get-Content $List -Raw | ConvertFrom-Json
$allowed = 'winget', 'msstore'
$plan = foreach ($src in $data.Sources) {
    $name = $src.SourceDetails.Name
    foreach ($pkg in $src.Packages) {
        [pscustomobject]@{ Id = $pkg.PackageIdentifier; Source = $name; Allowed = $name -in $allowed }
    }
}

$plan | Sort-Object Source, Id | Format-Table -AutoSize
$skipped = $plan | Where-Object { -not $_.Allowed }
if ($skipped) { Write-Warning "Skipping $($skipped.Count) package(s) from sources other than winget/msstore." }
Write-Host "Modules from PowerShell Gallery: $($Modules -join ', ')"

if (-not $Install) { Write-Host "`nPreview only. Re-run with -Install."; exit 0 }

$failed = @()
foreach ($p in $plan | Where-Object Allowed) {
    Write-Host "==> $($p.Id)"
    winget install --id $p.Id --exact --source $p.Source --accept-package-agreements --accept-source-agreements --silent
    if ($LASTEXITCODE -ne 0 -and $LASTEXITCODE -ne -1978335189) { $failed += $p.Id }  # already installed is fine
}
foreach ($m in $Modules) {
    if (-not (Get-Module -ListAvailable $m)) {
        Install-Module $m -Scope CurrentUser -Repository PSGallery -Force
    }
}
if ($failed) { Write-Warning "Failed: $($failed -join ', ')" } else { Write-Host 'All packages installed.' }
