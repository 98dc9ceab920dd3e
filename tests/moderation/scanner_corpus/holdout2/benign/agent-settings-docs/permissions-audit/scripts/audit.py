import json
import os
import tomllib

RISKY_MODES = {"bypassPermissions"}


def load_json(path):
    try:
        with open(os.path.expanduser(path)) as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return {}


claude = load_json("~/.claude/settings.json").get("permissions", {})
if claude.get("defaultMode") in RISKY_MODES:
    print("Claude Code: defaultMode is", claude["defaultMode"])
for rule in claude.get("allow", []):
    if rule.endswith("(*)"):
        print("Claude Code: broad allow rule", rule)
try:
    with open(os.path.expanduser("~/.codex/config.toml"), "rb") as fh:
        codex = tomllib.load(fh)
    if codex.get("approval_policy") == "never":
        print("Codex: approval_policy = never")
except OSError:
    pass
