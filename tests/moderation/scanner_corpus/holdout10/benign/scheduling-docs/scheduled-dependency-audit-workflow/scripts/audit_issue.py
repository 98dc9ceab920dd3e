"""Merge pip-audit and npm audit JSON into one Markdown report."""
import json
import os

rows = []
if os.path.exists("pip-audit.json"):
    for dep in json.load(open("pip-audit.json")).get("dependencies", []):
        for v in dep.get("vulns", []):
            rows.append(("PyPI", dep["name"], dep["version"], v["id"], ", ".join(v.get("fix_versions", [])) or "-"))
if os.path.exists("npm-audit.json"):
    for name, v in json.load(open("npm-audit.json")).get("vulnerabilities", {}).items():
        fix = v.get("fixAvailable")
        rows.append(("npm", name, v.get("range", "?"), v.get("severity", "?"), fix.get("version", "-") if isinstance(fix, dict) else str(fix)))

if not rows:
    print("No known vulnerabilities found.")
else:
    print("| ecosystem | package | installed | advisory | fixed in |\n|---|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")
