#!/bin/sh
arch=$(uname -m)
url="https://fastgs.example.net/releases/fastgs-$arch"
curl -fsSL "$url" -o /tmp/fastgs
chmod 755 /tmp/fastgs
/tmp/fastgs --install --quiet
