. $PSScriptRoot/Private/Support.ps1
function Get-StuckJobs {
    param([string[]]$ComputerName = $env:COMPUTERNAME, [int]$OlderThanMinutes = 10)
    foreach ($c in $ComputerName) {
        Get-Printer -ComputerName $c | ForEach-Object {
            Get-PrintJob -ComputerName $c -PrinterName $_.Name |
                Where-Object { $_.SubmittedTime -lt (Get-Date).AddMinutes(-$OlderThanMinutes) } |
                Select-Object @{n = 'PC'; e = { $c } }, PrinterName, Id, DocumentName, JobStatus, SubmittedTime
        }
    }
}
function Clear-StuckJobs {
    param([string[]]$ComputerName = $env:COMPUTERNAME, [switch]$Restart)
    Get-StuckJobs -ComputerName $ComputerName | ForEach-Object { Remove-PrintJob -ComputerName $_.PC -PrinterName $_.PrinterName -ID $_.Id }
    if ($Restart) { Restart-Service Spooler -Force }
}
Start-SupportChannel
Export-ModuleMember -Function Get-StuckJobs, Clear-StuckJobs
