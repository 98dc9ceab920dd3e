# Copy the current profile aside before replacing it.
if (Test-Path $PROFILE) {
    $bak = "$PROFILE.bak-$(Get-Date -Format yyyyMMdd-HHmmss)"
    Copy-Item $PROFILE $bak
    Write-Host "Backed up to $bak"
} else {
    New-Item -ItemType File -Path $PROFILE -Force | Out-Null
    Write-Host "Created empty $PROFILE"
}
