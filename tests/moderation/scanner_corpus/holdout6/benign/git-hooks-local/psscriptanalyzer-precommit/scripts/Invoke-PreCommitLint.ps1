$ErrorActionPreference = 'Stop'
if (-not (Get-Module -ListAvailable PSScriptAnalyzer)) {
    Write-Host 'PSScriptAnalyzer is not installed; skipping lint (Install-Module PSScriptAnalyzer -Scope CurrentUser)'
    exit 0
}

$files = git diff --cached --name-only --diff-filter=ACM |
    Where-Object { $_ -match '\.(ps1|psm1|psd1)$' -and (Test-Path $_) }
if (-not $files) { exit 0 }

$settings = if (Test-Path 'PSScriptAnalyzerSettings.psd1') { 'PSScriptAnalyzerSettings.psd1' } else { $null }
$results = foreach ($f in $files) {
    if ($settings) { Invoke-ScriptAnalyzer -Path $f -Settings $settings }
    else { Invoke-ScriptAnalyzer -Path $f }
}

$errors = @($results | Where-Object Severity -eq 'Error')
$warnings = @($results | Where-Object Severity -eq 'Warning')
$results | Sort-Object ScriptName, Line |
    Format-Table Severity, RuleName, ScriptName, Line, Message -AutoSize -Wrap

if ($errors.Count -gt 0) {
    Write-Host "$($errors.Count) error(s): commit blocked. Fix them or commit with --no-verify."
    exit 1
}
if ($warnings.Count -gt 0) { Write-Host "$($warnings.Count) warning(s); commit allowed." }
exit 0
