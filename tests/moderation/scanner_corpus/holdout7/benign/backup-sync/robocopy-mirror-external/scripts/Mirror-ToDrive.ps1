param([Parameter(Mandatory)][ValidatePattern('^[D-Z]$')][string]$Drive)

$dest = "${Drive}:\Mirror\$env:USERNAME"
$folders = "Documents", "Pictures", "Desktop"
if (-not (Test-Path "${Drive}:\")) { throw "Drive ${Drive}: not found." }

$summary = foreach ($f in $folders) {
  $src = Join-Path $env:USERPROFILE $f
  $log = & robocopy $src (Join-Path $dest $f) /MIR /L /NJH /NDL /NP /XJ /R:1 /W:1
  $extra = ($log | Select-String '\*EXTRA File').Count
  $new = ($log | Select-String 'New File|Newer').Count
  [pscustomobject]@{ Folder = $f; Copy = $new; DeleteOnDrive = $extra }
}
$summary | Format-Table -AutoSize

$answer = Read-Host "Type the drive letter ($Drive) to mirror, anything else to stop"
if ($answer -ne $Drive) { Write-Host "Stopped; nothing changed."; return }

foreach ($f in $folders) {
  & robocopy (Join-Path $env:USERPROFILE $f) (Join-Path $dest $f) /MIR /XJ /R:1 /W:1 /NP /LOG+:"$dest\mirror.log"
}
Write-Host "Done. Log: $dest\mirror.log"
