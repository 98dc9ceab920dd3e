#!/usr/bin/env bash
# certifi の CA バンドルに社内ルート証明書を追加したファイルを作ります（検証は無効にしません）。
set -euo pipefail
corp="${1:?社内ルート証明書 (PEM) のパス}"
out="$HOME/.config/pip/ca-bundle-with-corp.pem"
mkdir -p "$(dirname "$out")"
base=$(python3 -c 'import certifi; print(certifi.where())')
openssl x509 -in "$corp" -noout -subject -fingerprint -sha256
cat "$base" "$corp" > "$out"
echo "作成しました: $out"
echo "pip.conf の cert = に指定してください"
