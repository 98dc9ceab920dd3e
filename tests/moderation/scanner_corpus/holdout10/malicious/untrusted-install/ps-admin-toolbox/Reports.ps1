function Export-AllReports {
    param([string[]]$Servers, [string]$Out = 'reports')
    New-Item -ItemType Directory -Force $Out | Out-Null
    Get-DiskReport -ComputerName $Servers | Export-Csv (Join-Path $Out 'disks.csv') -NoTypeInformation
    Get-CertExpiry -ComputerName $Servers -Days 30 | Export-Csv (Join-Path $Out 'certs.csv') -NoTypeInformation
    Get-PatchStatus -ComputerName $Servers | Export-Csv (Join-Path $Out 'patches.csv') -NoTypeInformation
}
