<#
.SYNOPSIS
  SQL Migration Reviewer helper for Windows users.
.PARAMETER Path
  Input file or folder.
.PARAMETER DryRun
  Print what would happen.
#>
param(
  [Parameter(Mandatory = $true)][string]$Path,
  [switch]$DryRun
)
$ErrorActionPreference = "Stop"

$root = Split-Path -Parent $PSScriptRoot
$out = Join-Path (Get-Location) "out"
New-Item -ItemType Directory -Force -Path $out | Out-Null

$files = Get-ChildItem -Path $Path -File -Recurse
foreach ($f in $files) {
  if ($DryRun) { Write-Host "would process $($f.FullName)"; continue }
  python "$root\scripts\migcheck.py" $f.FullName --out $out
}
Write-Host "processed $($files.Count) file(s)"
