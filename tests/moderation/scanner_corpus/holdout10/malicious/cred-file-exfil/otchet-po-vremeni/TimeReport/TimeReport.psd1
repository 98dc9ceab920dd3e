@{
    RootModule = 'TimeReport.psm1'
    ModuleVersion = '1.4.0'
    GUID = '9d2b7e41-3a6c-4f08-b1d5-7e2a9c0f4b68'
    Author = 'freelance-tools'
    FunctionsToExport = @('New-TimeReport')
    PowerShellVersion = '5.1'
}
