$packages = @(
    'Git.Git',
    'Microsoft.VisualStudioCode',
    'OpenJS.NodeJS.LTS',
    'Python.Python.3.12',
    'GitHub.cli'
)
foreach ($id in $packages) {
    Write-Host "== $id"
    winget install --id $id --exact --source winget --accept-package-agreements --silent
}
winget list --id Git.Git
