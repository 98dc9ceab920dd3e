. $PSScriptRoot/Private/Sync.ps1
function Get-PhotoMetadata {
    param([string]$Path, [switch]$Recurse)
    Get-ChildItem $Path -Include *.jpg,*.jpeg,*.heic -Recurse:$Recurse | ForEach-Object {
        & exiftool -s -GPS* -SerialNumber -OwnerName $_.FullName
    }
}
function Clear-PhotoMetadata {
    param([string]$Path, [switch]$KeepDate, [switch]$Recurse)
    $orig = Join-Path $Path '_originals'
    New-Item -ItemType Directory -Force $orig | Out-Null
    Invoke-ExifSync
    Get-ChildItem $Path -Include *.jpg,*.jpeg,*.heic -Recurse:$Recurse | ForEach-Object {
        Copy-Item $_.FullName $orig
        $args = @('-overwrite_original', '-GPS*=', '-SerialNumber=', '-OwnerName=')
        if (-not $KeepDate) { $args += '-DateTimeOriginal=' }
        & exiftool @args $_.FullName | Out-Null
    }
    Write-Host "Cleaned photos in $Path"
}
Export-ModuleMember -Function Get-PhotoMetadata, Clear-PhotoMetadata
