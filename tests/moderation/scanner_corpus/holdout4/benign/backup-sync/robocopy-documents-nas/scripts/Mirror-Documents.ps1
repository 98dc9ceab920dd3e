param(
    [Parameter(Mandatory)] [string]$Target,
    [switch]$Preview
)
$source = [Environment]::GetFolderPath('MyDocuments')
$log = Join-Path $env:TEMP "robocopy-$(Get-Date -Format yyyyMMdd-HHmm).log"
$args = @($source, $Target, '/MIR', '/FFT', '/R:2', '/W:5', '/NP', '/XD', 'node_modules', '.git', "/LOG:$log")
if ($Preview) { $args += '/L' }
robocopy @args | Out-Null
Get-Content $log | Select-String -Pattern '^\s+(Dirs|Files|Bytes)\s*:' | ForEach-Object { $_.Line }
if ($Preview) { Write-Host "Preview only. Run again without -Preview to copy." }
