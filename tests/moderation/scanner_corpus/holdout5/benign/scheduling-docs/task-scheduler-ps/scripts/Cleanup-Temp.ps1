Get-ChildItem $env:TEMP -Recurse -File -ErrorAction SilentlyContinue |
    Where-Object LastWriteTime -lt (Get-Date).AddDays(-7) |
    Remove-Item -Force -ErrorAction SilentlyContinue
