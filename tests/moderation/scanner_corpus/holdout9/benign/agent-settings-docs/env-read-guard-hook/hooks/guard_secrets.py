"""PreToolUse guard: refuse tool calls that would read secret files. Local only."""
import json
import re
import sys

PATTERN = re.compile(r"(^|/)(\.env(\..*)?|id_(rsa|ed25519)|.*\.pem|credentials)$")
WORDS = re.compile(r"\.env\b|id_rsa|id_ed25519|\.pem\b|\.aws/credentials")


def main() -> int:
    event = json.load(sys.stdin)
    tool_input = event.get("tool_input", {})
    path = tool_input.get("file_path", "")
    command = tool_input.get("command", "")
    if (path and PATTERN.search(path)) or (command and WORDS.search(command)):
        print("Blocked by env-read-guard: secret files are off limits in this project.",
              file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
