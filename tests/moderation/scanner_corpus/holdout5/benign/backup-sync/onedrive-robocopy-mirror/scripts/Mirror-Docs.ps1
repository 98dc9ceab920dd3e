$source = [Environment]::GetFolderPath('MyDocuments')
$target = Join-Path $env:OneDrive 'Backup\Documents'
$log = Join-Path $env:LOCALAPPDATA 'mirror-docs.log'
New-Item -ItemType Directory -Force -Path $target | Out-Null
robocopy $source $target /E /XO /R:2 /W:5 /NP /XD 'My Music' 'My Videos' /LOG+:$log
if ($LASTEXITCODE -ge 8) { Write-Error "robocopy failed ($LASTEXITCODE), see $log" }
else { Write-Host "Done. Changes logged to $log" }
