import argparse, re, sys
import yaml
from huggingface_hub import HfApi

REQUIRED = ["Model description", "Intended uses", "Limitations", "Training data", "Evaluation"]
ap = argparse.ArgumentParser()
ap.add_argument("card"); ap.add_argument("--push"); ap.add_argument("--strict", action="store_true")
a = ap.parse_args()
text = open(a.card, encoding="utf-8").read()
meta = yaml.safe_load(text.split("---")[1]) if text.startswith("---") else {}
problems = [f"missing section: {s}" for s in REQUIRED if not re.search(rf"^#+\s*{s}", text, re.M | re.I)]
for key in ("license", "datasets", "language"):
    if key not in meta:
        problems.append(f"missing metadata: {key}")
print("\n".join(problems) or "card ok")
if a.push and not problems:
    HfApi().upload_file(path_or_fileobj=a.card, path_in_repo="README.md", repo_id=a.push)
sys.exit(1 if problems and a.strict else 0)
