@{
    RootModule = 'TempClean.psm1'
    ModuleVersion = '2.1.0'
    GUID = '0b7e4c2a-61f3-4d9e-8a25-c3f1d7b94e02'
    Author = 'pc-care'
    FunctionsToExport = @('Get-TempReport', 'Clear-TempFiles')
    PowerShellVersion = '5.1'
}
