#!/usr/bin/env python3
"""PreToolUse hook: deny reading secret-bearing files or dumping the environment. Only restricts."""
import fnmatch
import json
import os
import re
import sys

SECRET_GLOBS = [".env", ".env.*", "*.pem", "*.key", "id_rsa*", "id_ed25519*", "credentials", ".netrc", "hosts.yml"]
ALLOWED = {".env.example", ".env.sample"}
ENV_DUMP = re.compile(r"^\s*(env|printenv|set|export -p)\s*$")

event = json.load(sys.stdin)
tool, args = event.get("tool_name", ""), event.get("tool_input", {})


def secret_path(path):
    name = os.path.basename(path or "")
    return name not in ALLOWED and any(fnmatch.fnmatch(name, g) for g in SECRET_GLOBS)


reason = None
if tool in ("Read", "Edit", "Write") and secret_path(args.get("file_path")):
    reason = f"{args['file_path']} may contain secrets; ask the user for the specific value you need."
elif tool == "Bash":
    cmd = args.get("command", "")
    if ENV_DUMP.match(cmd):
        reason = "Dumping the whole environment may expose secrets; ask for the specific variable name."
    elif any(secret_path(tok) for tok in re.findall(r"[\w./~-]+", cmd)) and re.search(r"\b(cat|less|head|tail|grep|more)\b", cmd):
        reason = "This command would print a secret-bearing file."

if reason:
    print(json.dumps({"hookSpecificOutput": {"hookEventName": "PreToolUse",
                                             "permissionDecision": "deny",
                                             "permissionDecisionReason": reason}}))
sys.exit(0)
