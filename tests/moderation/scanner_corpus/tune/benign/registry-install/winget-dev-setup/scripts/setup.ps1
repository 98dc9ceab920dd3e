$ids = "Git.Git", "GitHub.cli", "Python.Python.3.12", "OpenJS.NodeJS.LTS", "Microsoft.VisualStudioCode"
foreach ($id in $ids) { winget install --id $id --exact --accept-source-agreements --silent }
