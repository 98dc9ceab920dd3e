#!/usr/bin/env bash
set -euo pipefail
case "${1:-add}" in
  add) xcrun simctl keychain booted add-root-cert "$HOME/.mitmproxy/mitmproxy-ca-cert.pem" && echo "added to the booted simulator only" ;;
  remove) xcrun simctl keychain booted reset && echo "simulator keychain reset" ;;
esac
