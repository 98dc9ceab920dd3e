param([Parameter(Mandatory)][string]$Job)
$ErrorActionPreference = "Stop"
$jobs = Get-Content "$PSScriptRoot\mirror-jobs.json" -Raw | ConvertFrom-Json
$j = $jobs.$Job
if (-not $j) { throw "No job named $Job in mirror-jobs.json" }

$common = @($j.source, $j.destination, "/MIR", "/R:2", "/W:5", "/NP", "/XD") + $j.excludeDirs + @("/XF") + $j.excludeFiles
$preview = robocopy @common /L /NJH /BYTES
$summary = $preview | Select-String -Pattern '^\s*(Files|Bytes)\s*:'
$files = ($summary[0].Line -split '\s+') | Where-Object { $_ -match '^\d+$' }
$toCopy = [int]$files[1]; $extras = [int]$files[4]
$destCount = (Get-ChildItem $j.destination -Recurse -File -ErrorAction SilentlyContinue | Measure-Object).Count

Write-Host "Job $Job : $($j.source) -> $($j.destination)"
Write-Host "Would copy $toCopy files; would DELETE $extras files at the destination."
if ($extras -gt 50 -or ($destCount -and $extras / $destCount -gt 0.1)) {
    Write-Host "Warning: many deletions. Check the source path is right." -ForegroundColor Red
}
$typed = Read-Host "Type the job name ($Job) to run the mirror"
if ($typed -ne $Job) { Write-Host "Cancelled."; return }

New-Item -ItemType Directory -Force "$PSScriptRoot\logs" | Out-Null
$log = "$PSScriptRoot\logs\$Job-$(Get-Date -Format yyyyMMdd-HHmm).log"
robocopy @common /MT:8 "/LOG:$log" /TEE | Out-Null
$code = $LASTEXITCODE
$text = if ($code -ge 8) { "some files failed; see $log" } elseif ($code -eq 0) { "nothing to do" } else { "mirror complete" }
Write-Host "robocopy exit $code : $text"
