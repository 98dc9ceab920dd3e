$findings = @()
$claude = Join-Path $HOME '.claude\settings.json'
if (Test-Path $claude) {
    $s = Get-Content $claude -Raw | ConvertFrom-Json
    if ($s.permissions.defaultMode -eq 'bypassPermissions') { $findings += "$claude : defaultMode bypassPermissions (no prompts at all)" }
    foreach ($r in @($s.permissions.allow)) { if ($r -in 'Bash', 'Bash(*)') { $findings += "$claude : allow $r (any command)" } }
}
$codex = Join-Path $HOME '.codex\config.toml'
if (Test-Path $codex) {
    $text = Get-Content $codex -Raw
    if ($text -match 'sandbox_mode\s*=\s*"danger-full-access"') { $findings += "$codex : sandbox_mode danger-full-access" }
    if ($text -match 'approval_policy\s*=\s*"never"') { $findings += "$codex : approval_policy never" }
}
$gemini = Join-Path $HOME '.gemini\settings.json'
if ((Test-Path $gemini) -and ((Get-Content $gemini -Raw) -match '"autoAccept"\s*:\s*true')) {
    $findings += "$gemini : autoAccept true"
}
if ($findings) { $findings } else { 'No broad settings found.' }
