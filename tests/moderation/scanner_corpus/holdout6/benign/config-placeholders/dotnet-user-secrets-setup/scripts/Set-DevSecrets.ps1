[CmdletBinding()]
param([string] $Project = './src/Web/Web.csproj')

$keys = [ordered]@{
    'ConnectionStrings:Default' = 'Server=localhost;Database=shop_dev;Trusted_Connection=True;TrustServerCertificate=True'
    'Geocoding:ApiKey'          = ''
    'Smtp:Password'             = ''
}

$existing = dotnet user-secrets list --project $Project 2>$null
foreach ($k in $keys.Keys) {
    if ($existing -match [regex]::Escape($k)) {
        Write-Host "$k already set, skipping"
        continue
    }
    $default = $keys[$k]
    $prompt = if ($default) { "$k [$default]" } else { $k }
    $secure = $k -match 'Key|Password'
    if ($secure) {
        $value = Read-Host -Prompt $prompt -AsSecureString | ConvertFrom-SecureString -AsPlainText
    } else {
        $value = Read-Host -Prompt $prompt
    }
    if (-not $value) { $value = $default }
    if (-not $value) {
        Write-Host "$k left empty; the feature that needs it will be disabled locally"
        continue
    }
    dotnet user-secrets set $k $value --project $Project | Out-Null
    Write-Host "$k set"
}
Write-Host "`nStored under your profile, outside the repository. List with: dotnet user-secrets list --project $Project"
