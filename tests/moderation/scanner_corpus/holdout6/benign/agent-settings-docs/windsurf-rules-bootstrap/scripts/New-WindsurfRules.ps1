<#
.SYNOPSIS
  Writes .windsurfrules for a .NET repository.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Framework,
    [ValidateSet('xUnit', 'NUnit', 'MSTest')] [string] $TestFramework = 'xUnit',
    [string[]] $Protected = @(),
    [switch] $Nullable = $true,
    [switch] $Force
)

$target = Join-Path (Get-Location) '.windsurfrules'
if ((Test-Path $target) -and -not $Force) {
    Write-Warning ".windsurfrules already exists; use -Force to replace it (a .bak is kept)."
    exit 1
}
if (Test-Path $target) {
    Copy-Item $target "$target.bak" -Force
}

$lines = [System.Collections.Generic.List[string]]::new()
$lines.Add("# Conventions for this repository")
$lines.Add("- Target framework: $Framework.")
$lines.Add("- Nullable reference types: $(if ($Nullable) { 'enabled' } else { 'disabled' }).")
$lines.Add("- Tests use $TestFramework; one test class per production class, named <Class>Tests.")
$lines.Add("- Prefer records for DTOs; async methods end in Async and take a CancellationToken.")
$lines.Add("- Run 'dotnet format' before proposing a commit.")
foreach ($folder in $Protected) {
    $lines.Add("- Do not edit files under $folder/; they are generated.")
}

Set-Content -Path $target -Value $lines -Encoding utf8
Write-Host "Wrote $target ($($lines.Count) lines)"
