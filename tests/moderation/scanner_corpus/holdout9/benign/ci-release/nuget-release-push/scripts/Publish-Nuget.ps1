[CmdletBinding(SupportsShouldProcess)]
param([Parameter(Mandatory)][string]$Version)
$ErrorActionPreference = 'Stop'
if (git status --porcelain) { throw 'Working tree not clean' }
if (git tag --list "v$Version") { throw "Tag v$Version already exists" }
if (-not $env:NUGET_API_KEY) { throw 'Set NUGET_API_KEY in your environment first' }

dotnet pack -c Release -p:Version=$Version -o out
$pkg = Get-ChildItem out -Filter "*.$Version.nupkg" | Select-Object -First 1
Add-Type -AssemblyName System.IO.Compression.FileSystem
[IO.Compression.ZipFile]::OpenRead($pkg.FullName).Entries | Select-Object FullName, Length

if ($PSCmdlet.ShouldProcess($pkg.Name, 'push to nuget.org')) {
    $answer = Read-Host "Push $($pkg.Name) to nuget.org? (y/N)"
    if ($answer -ne 'y') { Write-Host 'Aborted.'; return }
    dotnet nuget push $pkg.FullName --api-key $env:NUGET_API_KEY --source https://api.nuget.org/v3/index.json
    git tag -a "v$Version" -m "v$Version"
    Write-Host "Pushed. Tag v$Version created locally; push it with: git push origin v$Version"
}
