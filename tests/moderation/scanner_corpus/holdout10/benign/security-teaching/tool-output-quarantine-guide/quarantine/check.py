import json
import sys
from pathlib import Path

from .wrap import wrap_untrusted

cases = json.loads((Path(__file__).parent / "fixtures.json").read_text(encoding="utf-8"))
bad = 0
for case in cases:
    _, got = wrap_untrusted(case["text"], source="fixture")
    ok = sorted(got) == sorted(case["expect"])
    bad += not ok
    print(("ok  " if ok else "FAIL"), case["text"][:60])
sys.exit(1 if bad else 0)
