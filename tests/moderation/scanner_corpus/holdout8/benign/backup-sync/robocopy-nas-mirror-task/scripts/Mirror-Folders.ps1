param([switch]$Preview)
$ErrorActionPreference = 'Stop'
$folders = Get-Content "$PSScriptRoot\folders.txt"
$nas = "\\nas.home.test\backup\$env:COMPUTERNAME"
$logDir = Join-Path $env:LOCALAPPDATA 'NasMirror\logs'
New-Item -ItemType Directory -Force $logDir | Out-Null
$log = Join-Path $logDir ((Get-Date -Format 'yyyy-MM-dd') + '.log')
if (-not (Test-Path $nas)) { Write-Warning "NAS not reachable; skipping"; exit 0 }
foreach ($f in $folders) {
    $src = Join-Path $env:USERPROFILE $f
    $args = @($src, (Join-Path $nas $f), '/MIR', '/FFT', '/R:2', '/W:5', '/XJ', '/NP', "/LOG+:$log")
    if ($Preview) { $args += '/L' }
    robocopy @args | Out-Null
    Write-Host "$f done (exit $LASTEXITCODE; below 8 is success)"
}
Get-ChildItem $logDir -Filter *.log | Where-Object LastWriteTime -lt (Get-Date).AddDays(-30) | Remove-Item
