param([Parameter(Mandatory)][string]$Share)
$src = [Environment]::GetFolderPath('MyDocuments')
$opts = @('/MIR', '/FFT', '/R:2', '/W:5', '/XD', 'node_modules', '.venv', '/NP')

Write-Host "Preview of $src -> $Share"
robocopy $src $Share @opts /L /NJH | Select-Object -Last 12

$answer = Read-Host "Mirror now? Files missing locally will be deleted on the share (yes/no)"
if ($answer -ne 'yes') { Write-Host 'Nothing copied.'; exit 0 }

robocopy $src $Share @opts /LOG+:"$env:LOCALAPPDATA\mirror-to-nas.log"
if ($LASTEXITCODE -ge 8) { throw "robocopy failed with $LASTEXITCODE" }
