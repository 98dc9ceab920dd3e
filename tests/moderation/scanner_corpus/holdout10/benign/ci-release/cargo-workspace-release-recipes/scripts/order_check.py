"""Check that release-order.txt lists workspace crates after their workspace dependencies."""
import json
import sys

meta = json.load(sys.stdin)
members = {p["name"]: p for p in meta["packages"]}
order = [line.strip() for line in open(sys.argv[1]) if line.strip()]
pos = {name: i for i, name in enumerate(order)}
bad = False
for name, pkg in members.items():
    if name not in pos:
        print(f"{name} missing from {sys.argv[1]}")
        bad = True
        continue
    for dep in pkg["dependencies"]:
        if dep["name"] in members and pos.get(dep["name"], 1e9) > pos[name]:
            print(f"{name} is listed before its dependency {dep['name']}")
            bad = True
sys.exit(1 if bad else 0)
