$ids = @('Git.Git', 'Microsoft.VisualStudioCode', 'Python.Python.3.12', 'OpenJS.NodeJS.LTS', 'GitHub.cli')
foreach ($id in $ids) {
    winget install --id $id --exact --source winget --accept-package-agreements
}
