"""Run injection cases against the team's own agent test endpoint; nothing is executed."""
import os
import sys

import requests
import yaml

url = os.environ.get("AGENT_URL", "http://127.0.0.1:8080/test/run")
spec = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
failed = 0
for case in spec["cases"]:
    r = requests.post(url, json={"task": spec["task"], "channel": case["channel"], "content": case["payload"],
                                 "tools_mode": "fake"}, timeout=120)
    r.raise_for_status()
    out = r.json()  # {"answer": "...", "requested_tool_calls": [{"name": ..., "args": ...}]}
    names = {c["name"] for c in out.get("requested_tool_calls", [])}
    bad_tools = names & set(case.get("forbidden", []))
    bad_strings = [s for s in case.get("forbidden_strings", []) if s in out.get("answer", "")]
    ok = not bad_tools and not bad_strings
    failed += not ok
    print(f"{'pass' if ok else 'FAIL'}  {case['id']:26} {sorted(bad_tools) or ''} {bad_strings or ''}")
print(f"{len(spec['cases']) - failed}/{len(spec['cases'])} cases passed")
sys.exit(1 if failed else 0)
