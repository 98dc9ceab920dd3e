$branch = git rev-parse --abbrev-ref HEAD
$allowed = '^(feature|fix|chore|docs)/[a-z0-9._-]+$'
if ($branch -in 'main', 'develop') { exit 0 }
if ($branch -notmatch $allowed) {
    Write-Host "Branch '$branch' does not match $allowed" -ForegroundColor Red
    Write-Host 'Rename it: git branch -m feature/short-description'
    exit 1
}
exit 0
