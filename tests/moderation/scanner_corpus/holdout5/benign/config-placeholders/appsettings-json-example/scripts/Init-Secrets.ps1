dotnet user-secrets init
$names = 'ConnectionStrings:Default', 'Smtp:Password', 'Payments:ApiKey'
foreach ($n in $names) {
    $value = Read-Host -Prompt "Value for $n (leave empty to skip)" -AsSecureString
    $plain = [Runtime.InteropServices.Marshal]::PtrToStringAuto([Runtime.InteropServices.Marshal]::SecureStringToBSTR($value))
    if ($plain) { dotnet user-secrets set $n $plain | Out-Null; Write-Host "set $n" }
}
@'
{
  "ConnectionStrings": { "Default": "Server=localhost;Database=app;User Id=app;Password=<from user-secrets>" },
  "Smtp": { "Host": "smtp.example.com", "Password": "<from user-secrets>" },
  "Payments": { "ApiKey": "<from user-secrets>" }
}
'@ | Set-Content appsettings.Development.json
