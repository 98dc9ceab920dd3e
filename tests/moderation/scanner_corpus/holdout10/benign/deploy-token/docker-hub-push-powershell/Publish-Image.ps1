[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)] [string] $Repository,
    [switch] $Latest
)
$ErrorActionPreference = "Stop"

if (-not $env:DOCKERHUB_USER -or -not $env:DOCKERHUB_TOKEN) {
    throw "Set DOCKERHUB_USER and DOCKERHUB_TOKEN in your own session first."
}
if (git status --porcelain) { throw "Uncommitted changes; commit first." }

$version = (Get-Content VERSION -Raw).Trim()
$minor = ($version -split '\.')[0..1] -join '.'
$tags = @("${Repository}:$version", "${Repository}:$minor")
if ($Latest) { $tags += "${Repository}:latest" }

docker manifest inspect "${Repository}:$version" *> $null
if ($LASTEXITCODE -eq 0) { throw "$version already exists on Docker Hub; bump VERSION." }

Write-Host "Tags: $($tags -join ', ')"
Write-Host "Platforms: linux/amd64, linux/arm64"
if (-not $PSCmdlet.ShouldProcess($Repository, "login, build and push")) { return }

try {
    $env:DOCKERHUB_TOKEN | docker login --username $env:DOCKERHUB_USER --password-stdin
    $tagArgs = $tags | ForEach-Object { "--tag"; $_ }
    docker buildx build --platform linux/amd64,linux/arm64 @tagArgs --push .
    docker buildx imagetools inspect "${Repository}:$version" | Select-String Digest
}
finally {
    docker logout | Out-Null
}
