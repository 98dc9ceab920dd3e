#!/usr/bin/env bash
# Fill a copy of the template in your editor, seal it, delete the plain copy.
set -euo pipefail
name="${1:?secret name}"
tmpl=k8s/secret.template.yaml
filled=$(mktemp --suffix=.filled.yaml)
trap 'shred -u "$filled" 2>/dev/null || rm -f "$filled"' EXIT
cp "$tmpl" "$filled"
"${EDITOR:-vi}" "$filled"
if grep -q 'replace_me' "$filled"; then
  echo "placeholders left in the file; not sealing" >&2
  exit 1
fi
kubeseal --cert pub-cert.pem --format yaml < "$filled" > k8s/sealed-secret.yaml
echo "sealed -> k8s/sealed-secret.yaml (safe to commit)"
