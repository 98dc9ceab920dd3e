param([switch]$Apply)
$ids = @(
  "Git.Git", "Microsoft.PowerShell", "Microsoft.WindowsTerminal",
  "Microsoft.VisualStudioCode", "OpenJS.NodeJS.LTS", "Python.Python.3.12",
  "astral-sh.uv", "GitHub.cli", "Docker.DockerDesktop", "JanDeDobbeleer.OhMyPosh"
)
$installed = winget list --source winget --accept-source-agreements | Out-String
foreach ($id in $ids) {
  if ($installed -match [regex]::Escape($id)) { Write-Host "have     $id"; continue }
  Write-Host "install  $id"
  if ($Apply) {
    winget install --exact --id $id --source winget --silent --accept-package-agreements --accept-source-agreements
  }
}
if (-not $Apply) { Write-Host "Plan only. Re-run with -Apply." }
