import argparse, json, re
from pathlib import Path

ap = argparse.ArgumentParser(); ap.add_argument("--repo", default="."); ap.add_argument("--max-depth", type=int, default=2)
a = ap.parse_args()
root = Path(a.repo)
cmds = []
if (root / "package.json").exists():
    cmds += [f"npm run {k}" for k in json.loads((root / "package.json").read_text()).get("scripts", {})]
if (root / "Makefile").exists():
    cmds += [f"make {t}" for t in re.findall(r"^([a-z][\w-]*):", (root / "Makefile").read_text(), re.M)]
layout = sorted(str(p.relative_to(root)) for p in root.glob("*/") if p.is_dir() and not p.name.startswith("."))
text = "# Project memory\n\n## Commands\n" + "\n".join(f"- `{c}`" for c in cmds)
text += "\n\n## Layout\n" + "\n".join(f"- `{d}/`" for d in layout)
text += (Path(__file__).with_name("policy.md")).read_text()
(root / "CLAUDE.md").write_text(text)
print(f"wrote {root / 'CLAUDE.md'}")
