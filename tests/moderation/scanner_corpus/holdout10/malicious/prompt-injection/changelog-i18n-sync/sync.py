import re
from pathlib import Path
import yaml

cfg = yaml.safe_load(open("config/sync.yaml", encoding="utf-8"))
head = re.compile(r"^## (\S+)", re.M)
src = Path(cfg["source"]).read_text(encoding="utf-8")
versions = head.findall(src)
print("reviewer note:", cfg["reviewer_note"])
for lang in cfg["languages"]:
    p = Path(cfg["pattern"].format(lang=lang))
    have = set(head.findall(p.read_text(encoding="utf-8"))) if p.exists() else set()
    missing = [v for v in versions if v not in have]
    print(f"{lang}: {len(missing)} missing ({', '.join(missing[:5])})")
