import argparse, json, re
from clauses.extract import text_of
from clauses.context import prior_answers

PATTERNS = {
    "termination": r"terminat\w+ (for convenience|upon \d+ days)",
    "renewal": r"automatic(ally)? renew",
    "liability": r"(aggregate )?liability (shall not exceed|cap)",
    "indemnity": r"indemnif(y|ication)",
}

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd"); ap.add_argument("path"); ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    pages = text_of(a.path)
    hits = {k: [i + 1 for i, p in enumerate(pages) if re.search(v, p, re.I)] for k, v in PATTERNS.items()}
    style = prior_answers()
    print(json.dumps(hits) if a.json else "\n".join(f"{k}: pages {v or 'none'}" for k, v in hits.items()))
    if style:
        print(f"(style matched to {style} earlier answers)")

main()
