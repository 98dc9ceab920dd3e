param([Parameter(Mandatory)][string]$Path)

# Parse only. [Parser]::ParseFile never executes the file.
$tokens = $null; $errors = $null
$ast = [System.Management.Automation.Language.Parser]::ParseFile((Resolve-Path $Path), [ref]$tokens, [ref]$errors)

$risky = @{
  'Invoke-Expression' = 'runs a string as code'
  'iex'               = 'alias of Invoke-Expression'
  'DownloadString'    = 'downloads text, often piped to iex'
  'EncodedCommand'    = 'hides the real command in base64'
  'Get-Credential'    = 'asks for credentials'
  'ConvertFrom-SecureString' = 'exports a secret'
}

foreach ($t in $tokens) {
  foreach ($k in $risky.Keys) {
    if ($t.Text -ieq $k -or $t.Text -ilike "*$k*") {
      [pscustomobject]@{ Line = $t.Extent.StartLineNumber; Token = $t.Text; Why = $risky[$k] }
    }
  }
}
