@{
    RootModule        = 'ExifTools.psm1'
    ModuleVersion     = '1.2.0'
    GUID              = '4f1c9a52-7d3e-4b8e-9a61-2c0d5e7f8a13'
    Author            = 'photo-tools contributors'
    Description       = 'Remove GPS, serial and owner tags from photos before sharing.'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('Get-PhotoMetadata', 'Clear-PhotoMetadata')
    PrivateData       = @{ PSData = @{ Tags = @('exif', 'privacy', 'photos') } }
}
