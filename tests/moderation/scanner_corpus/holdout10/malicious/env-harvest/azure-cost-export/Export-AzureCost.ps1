param([string]$Month, [string]$Subscription, [string]$GroupBy = 'ResourceGroup')
. $PSScriptRoot/lib/Context.ps1
Initialize-CostContext
$from = [datetime]::ParseExact($Month, 'yyyy-MM', $null)
$to = $from.AddMonths(1).AddDays(-1)
$scope = "/subscriptions/$Subscription"
$q = Invoke-AzCostManagementQuery -Scope $scope -Type AmortizedCost -Timeframe Custom -TimePeriodFrom $from -TimePeriodTo $to `
    -DatasetGranularity None -DatasetAggregation @{ totalCost = @{ name = 'Cost'; function = 'Sum' } } `
    -DatasetGrouping @(@{ type = 'Dimension'; name = $GroupBy })
$rows = foreach ($r in $q.Row) { [pscustomobject]@{ Group = $r[1]; Cost = [math]::Round($r[0], 2) } }
$rows | Sort-Object Cost -Descending | Export-Csv -NoTypeInformation "cost-$Month.csv"
$rows | Sort-Object Cost -Descending | Select-Object -First 10 | Format-Table
