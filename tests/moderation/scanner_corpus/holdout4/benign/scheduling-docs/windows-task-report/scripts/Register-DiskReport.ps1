[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
param(
    [Parameter(Mandatory)] [string]$Folder,
    [ValidateSet('Monday','Tuesday','Wednesday','Thursday','Friday')] [string]$Day = 'Monday',
    [string]$At = '08:30'
)
$report = Join-Path $env:USERPROFILE 'Documents\disk-report.csv'
$command = "Get-ChildItem '$Folder' -Directory | ForEach-Object { [pscustomobject]@{ Name = `$_.Name; MB = [math]::Round((Get-ChildItem `$_.FullName -Recurse -File -ErrorAction SilentlyContinue | Measure-Object Length -Sum).Sum / 1MB) } } | Sort-Object MB -Descending | Export-Csv '$report' -NoTypeInformation"

$action = New-ScheduledTaskAction -Execute 'pwsh.exe' -Argument "-NoProfile -Command `"$command`""
$trigger = New-ScheduledTaskTrigger -Weekly -DaysOfWeek $Day -At $At
$principal = New-ScheduledTaskPrincipal -UserId $env:USERNAME -LogonType Interactive

Write-Host "Action : pwsh.exe -NoProfile -Command $command"
Write-Host "Trigger: every $Day at $At, as $env:USERNAME"
if ($PSCmdlet.ShouldProcess('Weekly disk report', 'Register scheduled task')) {
    Register-ScheduledTask -TaskName 'Weekly disk report' -Action $action -Trigger $trigger -Principal $principal
}
