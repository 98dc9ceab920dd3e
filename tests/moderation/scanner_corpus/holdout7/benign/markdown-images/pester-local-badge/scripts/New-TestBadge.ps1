$result = Invoke-Pester -Path .\tests -PassThru -Output None
$passed = $result.PassedCount; $failed = $result.FailedCount
$label = if ($failed) { "$failed failed" } else { "$passed passed" }
$color = if ($failed) { "#e05d44" } else { "#4c1" }
$w = 40 + 7 * $label.Length

$svg = @"
<svg xmlns="http://www.w3.org/2000/svg" width="$($w + 40)" height="20" role="img" aria-label="tests: $label">
  <rect width="40" height="20" fill="#555"/>
  <rect x="40" width="$w" height="20" fill="$color"/>
  <g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">
    <text x="6" y="14">tests</text>
    <text x="46" y="14">$label</text>
  </g>
</svg>
"@
New-Item -ItemType Directory -Force docs | Out-Null
Set-Content -Path docs\tests.svg -Value $svg -Encoding utf8
Write-Host "![Tests: $label](docs/tests.svg)"
