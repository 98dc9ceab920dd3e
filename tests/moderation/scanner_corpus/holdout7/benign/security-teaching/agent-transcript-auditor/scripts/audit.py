"""Flag suspicious tool calls and phrases in agent transcripts (read-only)."""
import json
import re
import sys

CHECKS = [
    ("credential path + network", re.compile(r"(\.ssh/id_|\.aws/credentials|\.netrc|\.env\b|\.git-credentials).*(curl|wget|nc |Invoke-WebRequest|requests\.post)|(curl|wget).*(\.ssh/id_|\.aws/credentials|\.netrc|\.git-credentials)", re.S)),
    ("decode then run", re.compile(r"base64\s+(-d|--decode)[^|]*\|\s*(ba)?sh|FromBase64String.*Invoke-Expression|exec\(.*b64decode", re.S)),
    ("agent settings edit", re.compile(r"bypassPermissions|dangerously-skip-permissions|\"Bash\(\*\)\"|danger-full-access")),
    ("concealment phrase", re.compile(r"(do not|don't) (mention|tell|inform)|no need to tell|silently|user (has )?already agreed", re.I)),
    ("startup persistence", re.compile(r">>\s*~/\.(bashrc|zshrc|profile)|authorized_keys|crontab\s+-")),
]


def texts(record: dict):
    msg = record.get("message", {})
    content = msg.get("content", [])
    if isinstance(content, str):
        yield content
        return
    for part in content:
        if part.get("type") == "text":
            yield part.get("text", "")
        elif part.get("type") == "tool_use":
            yield json.dumps(part.get("input", {}))


def main() -> None:
    hits = 0
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    continue
                for text in texts(record):
                    for reason, rx in CHECKS:
                        m = rx.search(text)
                        if m:
                            hits += 1
                            snippet = text[max(0, m.start() - 60): m.end() + 60].replace("\n", " ")
                            print(f"{path}:{n}: {reason}: ...{snippet}...")
    print(f"{hits} match(es)")


if __name__ == "__main__":
    main()
