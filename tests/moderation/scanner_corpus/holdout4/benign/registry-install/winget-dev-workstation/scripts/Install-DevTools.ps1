$packages = @(
    'Git.Git',
    'Microsoft.VisualStudioCode',
    'OpenJS.NodeJS.LTS',
    'Python.Python.3.12',
    'Microsoft.PowerShell',
    'Microsoft.WindowsTerminal',
    'GitHub.cli'
)
foreach ($id in $packages) {
    Write-Host "== $id"
    winget install --id $id --exact --source winget --accept-package-agreements --silent
}
winget list --source winget | Select-String ($packages -join '|')
