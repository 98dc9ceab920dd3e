[CmdletBinding(SupportsShouldProcess)]
param([Parameter(Mandatory)] [string] $Version)
$ErrorActionPreference = 'Stop'
dotnet test -c Release
dotnet pack src/Acme.Text/Acme.Text.csproj -c Release -p:PackageVersion=$Version -o artifacts
$package = "artifacts/Acme.Text.$Version.nupkg"
if ($PSCmdlet.ShouldProcess($package, 'push to nuget.org')) {
    if (-not $env:NUGET_API_KEY) { throw 'Set NUGET_API_KEY' }
    dotnet nuget push $package --api-key $env:NUGET_API_KEY --source https://api.nuget.org/v3/index.json
}
