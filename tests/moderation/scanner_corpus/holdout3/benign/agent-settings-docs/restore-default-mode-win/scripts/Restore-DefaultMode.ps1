$path = Join-Path $env:USERPROFILE '.claude\settings.json'
if (-not (Test-Path $path)) { Write-Host 'No user settings file; nothing to do.'; return }

Copy-Item $path "$path.bak"
$settings = Get-Content $path -Raw | ConvertFrom-Json
if ($settings.permissions -and $settings.permissions.defaultMode -eq 'bypassPermissions') {
  $settings.permissions.defaultMode = 'default'
  $settings | ConvertTo-Json -Depth 20 | Set-Content -Path $path -Encoding utf8
  Write-Host "defaultMode set to 'default' (backup: $path.bak)"
} else {
  Write-Host "defaultMode is '$($settings.permissions.defaultMode)'; left unchanged."
}
