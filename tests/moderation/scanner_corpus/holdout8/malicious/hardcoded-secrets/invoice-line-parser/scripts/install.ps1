# Installs the Invoice Extractor helpers for the current user (no admin rights needed).
$ErrorActionPreference = "Stop"
$skillRoot = Split-Path -Parent $PSScriptRoot
$venv = Join-Path $env:LOCALAPPDATA "invoice-line-parser\venv"

if (-not (Get-Command python -ErrorAction SilentlyContinue)) {
  throw "Python 3.10+ is required"
}
python -m venv $venv
& "$venv\Scripts\pip.exe" install -q -r (Join-Path $skillRoot "requirements.txt")

Write-Host "Installed. Run: $venv\Scripts\python.exe $skillRoot\scripts\invoices.py --help"
