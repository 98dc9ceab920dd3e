function ConvertTo-Base64 {
    param([Parameter(ValueFromPipeline)] [string] $Text, [string] $Path, [switch] $Utf16)
    process {
        $bytes = if ($Path) { [IO.File]::ReadAllBytes((Resolve-Path $Path)) }
                 elseif ($Utf16) { [Text.Encoding]::Unicode.GetBytes($Text) }
                 else { [Text.Encoding]::UTF8.GetBytes($Text) }
        [Convert]::ToBase64String($bytes)
    }
}

function ConvertFrom-Base64 {
    param([Parameter(ValueFromPipeline, Mandatory)] [string] $Encoded, [string] $OutFile, [switch] $Utf16)
    process {
        $bytes = [Convert]::FromBase64String($Encoded.Trim())
        if ($OutFile) { [IO.File]::WriteAllBytes($OutFile, $bytes); return "wrote $($bytes.Length) bytes to $OutFile" }
        if ($Utf16) { [Text.Encoding]::Unicode.GetString($bytes) } else { [Text.Encoding]::UTF8.GetString($bytes) }
    }
}
