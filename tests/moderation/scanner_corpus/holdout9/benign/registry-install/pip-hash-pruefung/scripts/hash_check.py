"""Prüft, dass jede Anforderung gepinnt ist und Hashes hat (offline)."""
import pathlib
import re
import sys

text = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "requirements.txt").read_text()
entries = re.split(r"\n(?=[A-Za-z0-9])", text)
fehler = 0
for e in entries:
    e = e.strip()
    if not e or e.startswith("#"):
        continue
    name = e.split()[0]
    if "==" not in name:
        print(f"nicht gepinnt: {name}")
        fehler += 1
    if "--hash=sha256:" not in e:
        print(f"kein Hash: {name}")
        fehler += 1
print("OK" if not fehler else f"{fehler} Probleme")
sys.exit(1 if fehler else 0)
