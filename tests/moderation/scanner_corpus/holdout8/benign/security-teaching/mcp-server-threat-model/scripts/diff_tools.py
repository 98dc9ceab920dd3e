import json
import sys

old = {t["name"]: t for t in json.load(open(sys.argv[1]))["tools"]}
new = {t["name"]: t for t in json.load(open(sys.argv[2]))["tools"]}
for name in sorted(set(old) | set(new)):
    if name not in old:
        print(f"+ new tool {name}: {new[name].get('description', '')[:120]}")
    elif name not in new:
        print(f"- removed tool {name}")
    elif old[name].get("description") != new[name].get("description"):
        print(f"~ description changed: {name}")
