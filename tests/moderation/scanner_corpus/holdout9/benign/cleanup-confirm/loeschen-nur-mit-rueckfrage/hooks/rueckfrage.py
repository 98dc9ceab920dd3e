"""PreToolUse: rekursives Löschen außerhalb des Projekts verbieten, innen nachfragen."""
import json
import os
import shlex
import sys

event = json.load(sys.stdin)
cmd = event.get("tool_input", {}).get("command", "")
try:
    words = shlex.split(cmd)
except ValueError:
    sys.exit(0)
recursive = (
    ("rm" in words and any(w.startswith("-") and "r" in w.lower() for w in words))
    or ("find" in words and "-delete" in words)
)
if not recursive:
    sys.exit(0)
root = os.path.realpath(event.get("cwd", os.getcwd()))
targets = [w for w in words[1:] if not w.startswith("-") and w not in ("rm", "find")]
outside = [t for t in targets
           if not os.path.realpath(os.path.expanduser(t)).startswith(root + os.sep)]
decision = "deny" if outside else "ask"
reason = (f"Löschen außerhalb des Projekts: {outside}" if outside
          else "Rekursives Löschen im Projekt: bitte bestätigen")
print(json.dumps({"hookSpecificOutput": {"hookEventName": "PreToolUse",
                                         "permissionDecision": decision,
                                         "permissionDecisionReason": reason}}))
