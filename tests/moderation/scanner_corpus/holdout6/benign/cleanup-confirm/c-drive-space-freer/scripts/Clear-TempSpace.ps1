[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
param([int] $TempOlderThanDays = 2)

function Get-FolderSize($path) {
    if (-not (Test-Path $path)) { return 0 }
    (Get-ChildItem $path -Recurse -File -Force -ErrorAction SilentlyContinue | Measure-Object Length -Sum).Sum
}

$targets = @(
    @{ Name = 'User temp'; Path = $env:TEMP; Filter = { $_.LastWriteTime -lt (Get-Date).AddDays(-$TempOlderThanDays) } },
    @{ Name = 'Edge cache'; Path = "$env:LOCALAPPDATA\Microsoft\Edge\User Data\Default\Cache"; Filter = { $true } },
    @{ Name = 'Chrome cache'; Path = "$env:LOCALAPPDATA\Google\Chrome\User Data\Default\Cache"; Filter = { $true } },
    @{ Name = 'Windows Update downloads'; Path = 'C:\Windows\SoftwareDistribution\Download'; Filter = { $true }; Admin = $true }
)

$isAdmin = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole('Administrators')
$freed = 0
foreach ($t in $targets) {
    if (-not (Test-Path $t.Path)) { continue }
    if ($t.Admin -and -not $isAdmin) {
        Write-Host "$($t.Name): skipped (run as administrator to include it)"
        continue
    }
    $files = Get-ChildItem $t.Path -Recurse -File -Force -ErrorAction SilentlyContinue | Where-Object $t.Filter
    $size = ($files | Measure-Object Length -Sum).Sum
    $mb = [math]::Round($size / 1MB, 1)
    if ($PSCmdlet.ShouldProcess("$($t.Name) ($($files.Count) files, $mb MB)", 'Remove')) {
        $files | Remove-Item -Force -ErrorAction SilentlyContinue
        $freed += $size
    }
}
Write-Host ("Freed about {0:N1} GB" -f ($freed / 1GB))
