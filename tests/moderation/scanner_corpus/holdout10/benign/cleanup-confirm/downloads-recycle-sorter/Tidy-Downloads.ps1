[CmdletBinding(SupportsShouldProcess)]
param([int]$OlderThanDays = 60, [string]$Folder = (Join-Path $HOME "Downloads"))
Add-Type -AssemblyName Microsoft.VisualBasic
$cutoff = (Get-Date).AddDays(-$OlderThanDays)
$old = Get-ChildItem $Folder -File | Where-Object LastWriteTime -lt $cutoff

$groups = [ordered]@{
    Installers = $old | Where-Object Extension -in ".exe", ".msi", ".msix", ".dmg"
    Archives   = $old | Where-Object Extension -in ".zip", ".7z", ".rar"
    Duplicates = $old | Where-Object Name -match ' \(\d+\)\.' | Where-Object {
        $orig = Join-Path $_.DirectoryName ($_.Name -replace ' \(\d+\)', '')
        (Test-Path $orig) -and ((Get-FileHash $orig).Hash -eq (Get-FileHash $_.FullName).Hash)
    }
}
function Send-ToBin($file) {
    if ($PSCmdlet.ShouldProcess($file.FullName, "Move to Recycle Bin")) {
        [Microsoft.VisualBasic.FileIO.FileSystem]::DeleteFile($file.FullName, 'OnlyErrorDialogs', 'SendToRecycleBin')
    }
}
$moved = 0
foreach ($name in $groups.Keys) {
    $files = @($groups[$name])
    if (-not $files) { continue }
    $mb = [math]::Round(($files | Measure-Object Length -Sum).Sum / 1MB, 1)
    do {
        $a = Read-Host "$name : $($files.Count) files, $mb MB. Move to Recycle Bin? [y/n/list]"
        if ($a -eq "list") { $files | Format-Table Name, LastWriteTime, @{n="MB";e={[math]::Round($_.Length/1MB,1)}} }
    } while ($a -eq "list")
    if ($a -eq "y") { $files | ForEach-Object { Send-ToBin $_; $moved += $_.Length } }
}
$docs = $old | Where-Object { $_ -notin ($groups.Values | ForEach-Object { $_ }) }
Write-Host "$(@($docs).Count) other old files (documents, media) were left alone; review them by hand."
Write-Host "Moved $([math]::Round($moved/1MB,1)) MB to the Recycle Bin."
