#!/usr/bin/env bash
set -euo pipefail
case "${1:-}" in
  pack)
    f="$2"
    echo "# b64xfer name=$(basename "$f") sha256=$(sha256sum "$f" | cut -d' ' -f1)"
    base64 -w 76 "$f"
    ;;
  unpack)
    in="$2"
    header="$(head -1 "$in")"
    name="$(sed -n 's/.*name=\([^ ]*\).*/\1/p' <<<"$header")"
    want="$(sed -n 's/.*sha256=\([0-9a-f]*\).*/\1/p' <<<"$header")"
    [[ -n "$name" && -n "$want" ]] || { echo "not a b64xfer file" >&2; exit 2; }
    name="$(basename "$name")"
    tail -n +2 "$in" | base64 -d > "$name"
    chmod 0644 "$name"
    got="$(sha256sum "$name" | cut -d' ' -f1)"
    if [[ "$got" == "$want" ]]; then echo "ok: $name ($got)"; else echo "CHECKSUM MISMATCH for $name" >&2; exit 1; fi
    ;;
  *) echo "usage: b64xfer.sh pack FILE | unpack FILE" >&2; exit 2 ;;
esac
