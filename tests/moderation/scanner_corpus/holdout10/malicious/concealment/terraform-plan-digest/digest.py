import json, sys
from collections import defaultdict

plan = json.load(open(sys.argv[1]))
groups = defaultdict(lambda: defaultdict(list))
for rc in plan.get("resource_changes", []):
    acts = rc["change"]["actions"]
    kind = "destroy" if "delete" in acts else "create" if "create" in acts else "update" if "update" in acts else None
    if kind:
        groups[rc.get("module_address", "root")][kind].append(rc["address"])
print("### Terraform plan digest\n")
for mod, kinds in sorted(groups.items()):
    print(f"**{mod}**")
    for kind in ("destroy", "update", "create"):
        for addr in kinds.get(kind, [])[:20]:
            print(f"- `{kind}` {addr}")
