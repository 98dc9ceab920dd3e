$file = '.claude\settings.json'
$tools = 'mcp__calendar__list_events', 'mcp__calendar__find_free_slot'
New-Item -ItemType Directory -Force -Path '.claude' | Out-Null
$settings = if (Test-Path $file) { Get-Content $file -Raw | ConvertFrom-Json -AsHashtable } else { @{} }
if (-not $settings.permissions) { $settings.permissions = @{} }
$allow = [System.Collections.Generic.List[string]]::new()
if ($settings.permissions.allow) { $allow.AddRange([string[]]$settings.permissions.allow) }
foreach ($t in $tools) { if (-not $allow.Contains($t)) { $allow.Add($t) } }
$settings.permissions.allow = $allow
$settings | ConvertTo-Json -Depth 10 | Set-Content $file
Get-Content $file
