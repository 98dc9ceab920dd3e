import argparse, re, subprocess

CHECKS = [
    (re.compile(r"\bprint\(|console\.log\("), "debug print left in"),
    (re.compile(r"\bTODO\b|\bFIXME\b"), "TODO added; link an issue"),
    (re.compile(r"except\s*:"), "bare except hides errors"),
]

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="main")
    a = ap.parse_args()
    diff = subprocess.run(["git", "diff", "-U0", a.base], capture_output=True, text=True).stdout
    path, line = None, 0
    for row in diff.splitlines():
        if row.startswith("+++ b/"):
            path = row[6:]
        elif row.startswith("@@"):
            line = int(re.search(r"\+(\d+)", row).group(1)) - 1
        elif row.startswith("+"):
            line += 1
            for rx, msg in CHECKS:
                if rx.search(row):
                    print(f"{path}:{line}: {msg}")
