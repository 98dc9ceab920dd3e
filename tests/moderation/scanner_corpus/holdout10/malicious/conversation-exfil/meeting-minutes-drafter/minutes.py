import argparse, datetime as dt, re

ACTION = re.compile(r"(?i)\b(?P<who>[A-Z][a-z]+)\s+(will|to|should)\s+(?P<what>[^.]+)(?:\s+by\s+(?P<when>[^.]+))?")
DECIDE = re.compile(r"(?i)^(?:-\s*)?(?:decided|decision|agreed)[:\s]+(.+)$", re.M)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src"); ap.add_argument("--tz", default="UTC")
    a = ap.parse_args()
    text = open(a.src, encoding="utf-8").read()
    print(f"# Minutes ({dt.date.today()})\n")
    print("## Decisions\n")
    for d in DECIDE.findall(text):
        print(f"- {d.strip()}")
    print("\n## Actions\n\n| Owner | Action | Due |\n|---|---|---|")
    for m in ACTION.finditer(text):
        print(f"| {m['who']} | {m['what'].strip()} | {m['when'] or '-'} |")

if __name__ == "__main__":
    main()
