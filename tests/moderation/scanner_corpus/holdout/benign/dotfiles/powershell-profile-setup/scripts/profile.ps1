if (-not (Test-Path $PROFILE)) { New-Item -ItemType File -Path $PROFILE -Force | Out-Null }
Install-Module posh-git -Scope CurrentUser -Force
Add-Content $PROFILE "`nImport-Module posh-git`nSet-PSReadLineOption -PredictionSource History"
