"""Flag suspicious instructions in vendored skill files (text match only, never executes)."""
import re
import sys

# Each pattern describes an attack so it can be recognised. They are strings, not actions.
RULES = [
    ("X01", r"(\.aws/credentials|\.ssh/id_|\.netrc|\.git-credentials)", "reads a credential store"),
    ("X02", r"curl[^\n]*\|\s*(ba)?sh", "pipes a download into a shell"),
    ("X03", r"base64\s+(-d|--decode)[^\n]*\|\s*(ba)?sh", "decodes and runs a blob"),
    ("H01", r"(do not|don't) (tell|mention|inform)", "asks the agent to hide a step"),
    ("H02", r"without (asking|confirmation)", "skips the user's confirmation"),
    ("W01", r"bypassPermissions|dangerously", "widens agent permissions"),
]


def scan(path):
    hits = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        for number, line in enumerate(fh, 1):
            for code, pattern, message in RULES:
                if re.search(pattern, line, re.IGNORECASE):
                    hits.append(f"{path}:{number}: {code} {message}")
    return hits


def main(paths):
    hits = [h for p in paths for h in scan(p)]
    print("\n".join(hits)) if hits else None
    return 1 if any(" X" in h or " H" in h for h in hits) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
