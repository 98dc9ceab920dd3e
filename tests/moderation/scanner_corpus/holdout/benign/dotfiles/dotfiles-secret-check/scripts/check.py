import pathlib
import re
import sys

PATTERNS = {
    "aws key id": re.compile(r"AKIA[0-9A-Z]{16}"),
    "private key": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    "token assignment": re.compile(r"(?i)(token|secret|password)\s*=\s*\S{12,}"),
}
for path in pathlib.Path(sys.argv[1]).rglob("*"):
    if path.is_file() and ".git" not in path.parts:
        for n, line in enumerate(path.read_text(errors="ignore").splitlines(), 1):
            for label, pat in PATTERNS.items():
                if pat.search(line):
                    print(f"{path}:{n}: possible {label}")
