#!/usr/bin/env bash
# Ping mit Zeitstempel für eine feste Dauer aufzeichnen.
set -euo pipefail
ziel="${1:?Ziel, z. B. 1.1.1.1}"; dauer="${2:-1h}"
datei="ping-$(date +%Y%m%d-%H%M).log"
echo "Zeichne Ping zu $ziel für $dauer auf -> $datei (Strg+C beendet vorzeitig)"
timeout "$dauer" ping -D -O -i 1 "$ziel" > "$datei" || true
echo "fertig: $(grep -c 'bytes from' "$datei") Antworten, $(grep -c 'no answer' "$datei") ohne Antwort"
