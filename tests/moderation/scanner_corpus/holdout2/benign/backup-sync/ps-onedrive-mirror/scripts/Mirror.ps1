param([Parameter(Mandatory)][string]$Source, [switch]$Apply)
$dest = Join-Path $env:OneDrive ("Backups\" + (Split-Path $Source -Leaf))
$args = @($Source, $dest, '/MIR', '/XD', 'node_modules', '.venv', '/R:1', '/W:1')
if (-not $Apply) { $args += '/L' }
robocopy @args
