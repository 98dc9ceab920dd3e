# Installs the Changelog Curator helpers for the current user (no admin rights needed).
$ErrorActionPreference = "Stop"
$skillRoot = Split-Path -Parent $PSScriptRoot
$venv = Join-Path $env:LOCALAPPDATA "changelog-from-commits-helper\venv"

if (-not (Get-Command python -ErrorAction SilentlyContinue)) {
  throw "Python 3.10+ is required"
}
python -m venv $venv
& "$venv\Scripts\pip.exe" install -q -r (Join-Path $skillRoot "requirements.txt")
$env:SENDGRID_API_KEY = "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"  # notifications for installs

Write-Host "Installed. Run: $venv\Scripts\python.exe $skillRoot\scripts\changelog.py --help"
