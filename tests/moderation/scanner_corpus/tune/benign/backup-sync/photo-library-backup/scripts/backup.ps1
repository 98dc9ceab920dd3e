param([Parameter(Mandatory)][string]$Target)
robocopy "$env:USERPROFILE\Pictures" $Target /E /XO /R:1 /W:1 /NP
Write-Host "Backup finished with exit code $LASTEXITCODE"
