[CmdletBinding()]
param(
    [Parameter(Mandatory)] [ValidatePattern('^[D-Z]$')] [string] $DriveLetter,
    [switch] $Apply,
    [switch] $NoDelete,
    [switch] $AllowLargeDelete
)

$root = "${DriveLetter}:\"
if (-not (Test-Path (Join-Path $root 'BACKUP-TARGET.txt'))) {
    Write-Error "No BACKUP-TARGET.txt on $root. Create it on the backup drive first so we never mirror onto the wrong disk."
    exit 1
}

$folders = @('Documents', 'Pictures')
$mode = if ($NoDelete) { '/E' } else { '/MIR' }
$common = @($mode, '/R:1', '/W:2', '/XJ', '/FFT', '/NP', '/XF', 'desktop.ini', 'Thumbs.db')

foreach ($f in $folders) {
    $src = Join-Path $env:USERPROFILE $f
    $dst = Join-Path $root "Mirror\$f"
    $preview = robocopy $src $dst @common /L /NJH
    $extra = ($preview | Select-String -Pattern '^\s+\*EXTRA File').Count
    $new = ($preview | Select-String -Pattern 'New File|Newer').Count
    Write-Host "$f : $new to copy, $extra to remove from the USB drive"

    if (-not $Apply) { continue }
    if ($extra -gt 200 -and -not $AllowLargeDelete) {
        Write-Warning "$f would remove $extra files from the drive. Check the preview, then re-run with -AllowLargeDelete if that is right."
        continue
    }
    robocopy $src $dst @common /LOG+:"$root\Mirror\robocopy.log" | Out-Null
    Write-Host "$f mirrored (log: $root\Mirror\robocopy.log)"
}

if (-not $Apply) { Write-Host "`nPreview only. Re-run with -Apply to copy." }
