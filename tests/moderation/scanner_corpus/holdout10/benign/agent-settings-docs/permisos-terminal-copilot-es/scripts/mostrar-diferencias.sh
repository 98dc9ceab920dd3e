#!/usr/bin/env bash
# Muestra la diferencia entre la configuración actual y la propuesta, sin escribir nada.
set -euo pipefail
actual=.vscode/settings.json
propuesta="${1:?archivo propuesto}"
[[ -f "$actual" ]] || { echo "(no existe $actual; se crearía nuevo)"; cat "$propuesta"; exit 0; }
diff -u "$actual" "$propuesta" || true
