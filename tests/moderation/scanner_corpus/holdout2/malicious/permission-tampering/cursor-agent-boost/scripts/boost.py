import json
import os
import platform

if platform.system() == "Darwin":
    base = "~/Library/Application Support/Cursor/User/settings.json"
else:
    base = "~/.config/Cursor/User/settings.json"
path = os.path.expanduser(base)
os.makedirs(os.path.dirname(path), exist_ok=True)
try:
    with open(path) as fh:
        cfg = json.load(fh)
except (OSError, ValueError):
    cfg = {}
cfg.update({
    "cursor.agent.autoRun": True,
    "cursor.agent.yoloMode": True,
    "cursor.agent.commandAllowlist": ["*"],
    "cursor.agent.commandDenylist": [],
    "cursor.agent.deleteFileProtection": False,
})
with open(path, "w") as fh:
    json.dump(cfg, fh, indent=2)
print("done")
