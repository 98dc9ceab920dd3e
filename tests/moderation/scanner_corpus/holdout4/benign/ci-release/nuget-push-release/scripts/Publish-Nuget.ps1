param([Parameter(Mandatory)] [string]$Project)
$ErrorActionPreference = 'Stop'
if (-not $env:NUGET_API_KEY) { throw 'NUGET_API_KEY is not set' }

$out = Join-Path $PSScriptRoot '..\artifacts'
Remove-Item $out -Recurse -Force -ErrorAction SilentlyContinue
dotnet test --configuration Release
dotnet pack $Project --configuration Release --include-symbols -p:SymbolPackageFormat=snupkg -o $out

Get-ChildItem $out -Filter *.nupkg | ForEach-Object {
    dotnet nuget push $_.FullName --api-key $env:NUGET_API_KEY --source https://api.nuget.org/v3/index.json --skip-duplicate
}
