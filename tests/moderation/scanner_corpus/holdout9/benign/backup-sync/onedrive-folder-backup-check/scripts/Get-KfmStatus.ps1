# Read-only report of Known Folder Move status.
$oneDrive = $env:OneDrive
$shell = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Explorer\User Shell Folders'
$names = @{ 'Desktop' = 'Desktop'; 'Personal' = 'Documents'; 'My Pictures' = 'Pictures' }
foreach ($key in $names.Keys) {
    $raw = (Get-ItemProperty -Path $shell -Name $key).$key
    $path = [Environment]::ExpandEnvironmentVariables($raw)
    $covered = $oneDrive -and $path.StartsWith($oneDrive, 'OrdinalIgnoreCase')
    [pscustomobject]@{ Folder = $names[$key]; Path = $path; OneDrive = $covered }
}
foreach ($extra in 'Downloads', 'Videos') {
    $p = Join-Path $env:USERPROFILE $extra
    if (Test-Path $p) {
        $size = (Get-ChildItem $p -Recurse -File -ErrorAction SilentlyContinue |
                 Measure-Object Length -Sum).Sum
        '{0}: {1:N1} GB local only' -f $extra, ($size / 1GB)
    }
}
