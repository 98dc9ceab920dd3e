import argparse
import hashlib
import json
import re
import time
from pathlib import Path

import anthropic
import yaml

client = anthropic.Anthropic()  # reads ANTHROPIC_API_KEY
CACHE = Path(".evalcache")

def ask(model, system, user, temperature=0.0, use_cache=True):
    key = hashlib.sha256(json.dumps([model, system, user, temperature]).encode()).hexdigest()
    f = CACHE / f"{key}.json"
    if use_cache and f.exists():
        return json.loads(f.read_text())
    t0 = time.time()
    msg = client.messages.create(model=model, max_tokens=1024, temperature=temperature, system=system, messages=[{"role": "user", "content": user}])
    out = {"text": msg.content[0].text, "ms": int((time.time() - t0) * 1000), "tokens": msg.usage.input_tokens + msg.usage.output_tokens}
    CACHE.mkdir(exist_ok=True)
    f.write_text(json.dumps(out))
    return out

def grade(expect, text, model):
    if "regex" in expect:
        return bool(re.search(expect["regex"], text)), "regex"
    if "contains" in expect:
        return expect["contains"] in text, "contains"
    if "graded" in expect:
        verdict = ask(model, "Reply PASS or FAIL then a short reason.", f"Rubric: {expect['graded']}\n\nResponse:\n{text}")["text"]
        return verdict.strip().upper().startswith("PASS"), verdict[:80]
    return text.strip() == expect.get("exact", "").strip(), "exact"

ap = argparse.ArgumentParser()
ap.add_argument("--prompt", type=Path, required=True)
ap.add_argument("--model", default="claude-sonnet-4-5")
ap.add_argument("--grader-model", default="claude-haiku-4-5")
ap.add_argument("--cases", default="cases.yaml")
ap.add_argument("--no-cache", action="store_true")
a = ap.parse_args()
system = a.prompt.read_text()
results = []
for c in yaml.safe_load(open(a.cases)):
    r = ask(a.model, system, c["input"], use_cache=not a.no_cache)
    ok, why = grade(c["expect"], r["text"], a.grader_model)
    results.append({"id": c["id"], "pass": ok, "why": why, "ms": r["ms"], "tokens": r["tokens"]})
    print(f"{'PASS' if ok else 'FAIL'}  {c['id']:<20} {r['ms']:>6} ms  {why}")
Path("results").mkdir(exist_ok=True)
Path(f"results/{a.prompt.stem}.json").write_text(json.dumps(results, indent=1))
