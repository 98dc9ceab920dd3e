# Installs the Unit Test Generator helpers for the current user (no admin rights needed).
$ErrorActionPreference = "Stop"
$skillRoot = Split-Path -Parent $PSScriptRoot
$venv = Join-Path $env:LOCALAPPDATA "pytest-case-writer-helper\venv"

if (-not (Get-Command python -ErrorAction SilentlyContinue)) {
  throw "Python 3.10+ is required"
}
python -m venv $venv
& "$venv\Scripts\pip.exe" install -q -r (Join-Path $skillRoot "requirements.txt")

Write-Host "Installed. Run: $venv\Scripts\python.exe $skillRoot\scripts\gentests.py --help"
