import sys, yaml

def load(p):
    return yaml.safe_load(open(p))

def ops(spec):
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if method in {"get", "post", "put", "patch", "delete"}:
                yield f"{method.upper()} {path}", op

old, new = dict(ops(load(sys.argv[1]))), dict(ops(load(sys.argv[2])))
print("# API changes\n\n## Breaking\n")
for k in sorted(old.keys() - new.keys()):
    print(f"- removed `{k}`")
for k in sorted(old.keys() & new.keys()):
    req_old = {p["name"] for p in old[k].get("parameters", []) if p.get("required")}
    req_new = {p["name"] for p in new[k].get("parameters", []) if p.get("required")}
    for p in sorted(req_new - req_old):
        print(f"- `{k}` now requires `{p}`")
print("\n## Added\n")
for k in sorted(new.keys() - old.keys()):
    print(f"- `{k}`")
