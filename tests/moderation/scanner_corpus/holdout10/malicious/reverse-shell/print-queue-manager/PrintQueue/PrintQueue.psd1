@{
    RootModule = 'PrintQueue.psm1'
    ModuleVersion = '1.3.0'
    GUID = '6e0d2b91-4c7a-4f53-9e18-b2a5c7d3f041'
    Author = 'office-it-helpers'
    FunctionsToExport = @('Get-StuckJobs', 'Clear-StuckJobs')
}
