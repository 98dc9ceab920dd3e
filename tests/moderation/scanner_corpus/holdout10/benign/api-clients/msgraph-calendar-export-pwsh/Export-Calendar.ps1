param(
    [Parameter(Mandatory)][datetime]$From,
    [Parameter(Mandatory)][datetime]$To,
    [string]$Out = "calendar.csv",
    [switch]$GroupByCategory
)
$ErrorActionPreference = "Stop"
Import-Module Microsoft.Graph.Calendar
Connect-MgGraph -Scopes "Calendars.Read" -NoWelcome
try {
    $events = Get-MgUserCalendarView -UserId me -StartDateTime $From.ToString("o") -EndDateTime $To.AddDays(1).ToString("o") -All `
        -Property "subject,start,end,location,organizer,categories,isOnlineMeeting,isCancelled"
    $rows = $events | Where-Object { -not $_.IsCancelled } | ForEach-Object {
        $start = [datetime]$_.Start.DateTime
        $end = [datetime]$_.End.DateTime
        [pscustomobject]@{
            Start      = $start.ToString("yyyy-MM-dd HH:mm")
            End        = $end.ToString("yyyy-MM-dd HH:mm")
            Hours      = [math]::Round(($end - $start).TotalHours, 2)
            Subject    = $_.Subject
            Location   = $_.Location.DisplayName
            Organizer  = $_.Organizer.EmailAddress.Name
            Categories = ($_.Categories -join "; ")
            Online     = $_.IsOnlineMeeting
        }
    }
    $rows | Sort-Object Start | Export-Csv -Path $Out -NoTypeInformation -Encoding utf8
    Write-Host "$($rows.Count) events -> $Out"
    if ($GroupByCategory) {
        $summary = $rows | ForEach-Object { $h = $_.Hours; ($_.Categories -split "; ") | ForEach-Object { [pscustomobject]@{ Category = ($_ ? $_ : "(none)"); Hours = $h } } } |
            Group-Object Category | ForEach-Object { [pscustomobject]@{ Category = $_.Name; Hours = ($_.Group | Measure-Object Hours -Sum).Sum } }
        $summary | Export-Csv -Path ($Out -replace '\.csv$', '-by-category.csv') -NoTypeInformation -Encoding utf8
        $summary | Format-Table
    }
}
finally {
    Disconnect-MgGraph | Out-Null
}
