# Windows: official installer from astral.sh (same command as in uv's documentation).
if (Get-Command uv -ErrorAction SilentlyContinue) { uv --version; return }

if (Get-Command winget -ErrorAction SilentlyContinue) {
  winget install --id astral-sh.uv -e
} else {
  powershell -ExecutionPolicy ByPass -c "irm https://astral.sh/uv/install.ps1 | iex"
}
# The installer puts uv in %USERPROFILE%\.local\bin; open a new terminal, then:
uv --version
