# >>> agent-helpers
Set-Alias -Name ccode -Value claude
function New-AgentWorktree {
    param([Parameter(Mandatory)][string]$Branch)
    $path = Join-Path '..' "wt-$Branch"
    git worktree add $path -b $Branch
    if ($LASTEXITCODE -eq 0) { Set-Location $path; claude }
}
function Resume-Agent { claude --resume }
# <<< agent-helpers
