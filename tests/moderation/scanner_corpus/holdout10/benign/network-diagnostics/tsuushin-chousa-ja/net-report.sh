#!/usr/bin/env bash
# 読み取り専用の通信調査。設定は変更しない。
set -uo pipefail
host="${1:?ホスト名}"; port="${2:-443}"
out="net-report-${host}-$(date +%Y%m%d-%H%M).txt"
{
  echo "# 通信調査 ${host}:${port} $(date '+%F %T %Z')"
  echo "## インターフェース"; ip -br addr
  ip4=$(getent ahostsv4 "$host" | awk 'NR==1{print $1}')
  echo "## 名前解決"; resolvectl query "$host" 2>/dev/null || getent hosts "$host" || echo "解決できません"
  [[ -n "$ip4" ]] && { echo "## 経路"; ip route get "$ip4"; }
  echo "## TCP 接続"
  curl -sv --connect-timeout 5 -o /dev/null "https://${host}:${port}/" 2>&1 | grep -E '^\* (Trying|Connected|connect|Failed|Immediate)' || true
  echo "## TLS 証明書"
  timeout 10 openssl s_client -connect "${host}:${port}" -servername "$host" </dev/null 2>/dev/null \
    | openssl x509 -noout -issuer -subject -enddate 2>/dev/null || echo "TLS 情報を取得できません"
  echo "## プロキシ環境変数（値は表示しない）"
  for v in HTTP_PROXY HTTPS_PROXY NO_PROXY http_proxy https_proxy no_proxy; do
    [[ -n "${!v:-}" ]] && echo "$v: 設定あり" || echo "$v: なし"
  done
  echo "## 応答待ちの接続 (SYN-SENT)"; ss -tan state syn-sent | head -n 20
} > "$out" 2>&1
echo "レポート: $out"
