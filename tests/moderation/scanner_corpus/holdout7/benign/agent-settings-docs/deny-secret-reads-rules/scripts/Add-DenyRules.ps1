<#
.SYNOPSIS
  Add deny rules for secret files to .claude\settings.json (additive only).
#>
[CmdletBinding(SupportsShouldProcess)]
param([string]$Path = ".claude\settings.json")

$rules = @(
  "Read(./.env)", "Read(./.env.*)",
  "Read(~/.ssh/**)", "Read(~/.aws/**)", "Read(~/.config/gh/**)",
  "Read(~/AppData/Local/Google/Chrome/User Data/**)"
)

$settings = if (Test-Path $Path) { Get-Content $Path -Raw | ConvertFrom-Json -AsHashtable } else { @{} }
if (-not $settings.ContainsKey("permissions")) { $settings.permissions = @{} }
$deny = [System.Collections.Generic.List[string]]::new()
if ($settings.permissions.deny) { $deny.AddRange([string[]]$settings.permissions.deny) }

$new = $rules | Where-Object { $deny -notcontains $_ }
if (-not $new) { Write-Host "All deny rules already present."; return }

Write-Host "Will add to permissions.deny:"; $new | ForEach-Object { Write-Host "  $_" }
if ($PSCmdlet.ShouldProcess($Path, "add $($new.Count) deny rule(s)")) {
  if (Test-Path $Path) { Copy-Item $Path "$Path.bak" -Force }
  $deny.AddRange([string[]]$new)
  $settings.permissions.deny = $deny
  New-Item -ItemType Directory -Force -Path (Split-Path $Path) | Out-Null
  $settings | ConvertTo-Json -Depth 10 | Set-Content $Path -Encoding utf8
  Write-Host "Done. Backup: $Path.bak"
}
