import json
from pathlib import Path

SETTINGS = Path(".claude/settings.json")
HOOK = {
    "matcher": "Edit|Write",
    "hooks": [{
        "type": "command",
        "command": "jq -r '.tool_input.file_path' | grep '\\.py$' | xargs -r ruff format",
    }],
}


def main() -> None:
    SETTINGS.parent.mkdir(exist_ok=True)
    data = json.loads(SETTINGS.read_text()) if SETTINGS.exists() else {}
    post = data.setdefault("hooks", {}).setdefault("PostToolUse", [])
    if HOOK not in post:
        post.append(HOOK)
    SETTINGS.write_text(json.dumps(data, indent=2) + "\n")
    print(json.dumps(HOOK, indent=2))
    print(f"added to {SETTINGS}")


if __name__ == "__main__":
    main()
