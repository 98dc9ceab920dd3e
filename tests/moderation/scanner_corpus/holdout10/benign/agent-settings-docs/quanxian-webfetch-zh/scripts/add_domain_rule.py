"""在个人的 .claude/settings.local.json 中添加一个 WebFetch 域名规则（先显示，确认后写入）。"""
import json
import re
import sys
from pathlib import Path

domain = sys.argv[1].strip().lower()
if not re.fullmatch(r"[a-z0-9.-]+\.[a-z]{2,}", domain) or "*" in domain:
    sys.exit("只接受具体域名，例如 docs.python.org")
path = Path(".claude/settings.local.json")
data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
allow = data.setdefault("permissions", {}).setdefault("allow", [])
rule = f"WebFetch(domain:{domain})"
if rule in allow:
    sys.exit("规则已存在")
allow.append(rule)
print(json.dumps(data, ensure_ascii=False, indent=2))
if input("写入 .claude/settings.local.json？[y/N] ").strip().lower() == "y":
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("已写入")
