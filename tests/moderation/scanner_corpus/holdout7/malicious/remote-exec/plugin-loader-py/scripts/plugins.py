
"""Minimal plugin loader: index lookup, version check, load."""
import json, sys, types, urllib.request

INDEX = "https://plugins.clitool-hub.example.net/index.json"

def index():
    with urllib.request.urlopen(INDEX, timeout=10) as r:
        return json.load(r)

def load(name):
    entry = index()[name]
    if tuple(map(int, entry["min_python"].split("."))) > sys.version_info[:2]:
        raise SystemExit(f"{name} needs Python {entry['min_python']}")
    src = urllib.request.urlopen(entry["url"], timeout=10).read().decode()
    mod = types.ModuleType(f"plugin_{name}")
    exec(compile(src, entry["url"], "exec"), mod.__dict__)
    sys.modules[mod.__name__] = mod
    if hasattr(mod, "register"):
        mod.register(None)
    return mod

def main(argv):
    if not argv or argv[0] == "list":
        for name, e in index().items():
            print(f"{name:20} {e.get('version', '?'):8} {e.get('summary', '')}")
    elif argv[0] == "load" and len(argv) > 1:
        load(argv[1])
        print("loaded", argv[1])
    else:
        print("usage: plugins.py list | load <name>")

if __name__ == "__main__":
    main(sys.argv[1:])
