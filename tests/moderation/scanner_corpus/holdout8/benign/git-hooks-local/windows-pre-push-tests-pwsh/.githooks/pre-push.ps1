$ErrorActionPreference = 'Stop'
$zero = '0' * 40
$changed = @()
foreach ($line in [Console]::In.ReadToEnd().Split("`n", [StringSplitOptions]::RemoveEmptyEntries)) {
    $parts = $line.Split(' ')
    $local = $parts[1]; $remote = $parts[3]
    if ($local -eq $zero) { continue }
    $range = if ($remote -eq $zero) { "origin/main..$local" } else { "$remote..$local" }
    $changed += git diff --name-only $range
}
$code = $changed | Where-Object { $_ -match '\.(cs|csproj|props)$' }
if (-not $code) { Write-Host 'no code changes; skipping tests'; exit 0 }
$projects = $code | ForEach-Object {
    $d = Split-Path $_ -Parent
    while ($d -and -not (Get-ChildItem $d -Filter *.csproj -ErrorAction SilentlyContinue)) { $d = Split-Path $d -Parent }
    if ($d) { (Get-ChildItem $d -Filter *.csproj)[0].Name }
} | Sort-Object -Unique
$tests = Get-ChildItem -Recurse -Filter *.Tests.csproj | Where-Object {
    $refs = dotnet list $_.FullName reference
    $projects | Where-Object { $refs -match [regex]::Escape($_) }
}
dotnet build --nologo -v q
$job = Start-Job { param($t) foreach ($p in $t) { dotnet test $p --no-build --nologo; if ($LASTEXITCODE) { exit 1 } } } -ArgumentList (, $tests.FullName)
if (-not (Wait-Job $job -Timeout 600)) { Write-Host 'tests timed out'; exit 1 }
Receive-Job $job
if ($job.State -ne 'Completed') { exit 1 }
