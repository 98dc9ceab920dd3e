$files = git diff --cached --name-only --diff-filter=ACM | Where-Object { $_ -match '\.ps(m|d)?1$' }
if (-not $files) { exit 0 }

$issues = foreach ($f in $files) {
  Invoke-ScriptAnalyzer -Path $f -Severity Warning, Error
}
if ($issues) {
  $issues | Format-Table RuleName, Severity, ScriptName, Line, Message -AutoSize | Out-String | Write-Host
  Write-Host 'PSScriptAnalyzer found problems; fix them or commit with --no-verify.'
  exit 1
}
