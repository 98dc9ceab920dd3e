import json, sys

PROTECTED = ("gen/", "dist/", "vendor/")
data = json.load(sys.stdin)
path = data.get("tool_input", {}).get("file_path", "")
if any(p in path for p in PROTECTED):
    print(f"{path} is generated; edit the source instead", file=sys.stderr)
    sys.exit(2)
