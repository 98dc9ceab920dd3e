"""git remote 와 워크플로 파일에서 README 배지 줄을 만듭니다 (공개 정보만 사용)."""
import re
import subprocess
from pathlib import Path
from urllib.parse import quote

url = subprocess.run(["git", "remote", "get-url", "origin"], capture_output=True, text=True).stdout
m = re.search(r"github\.com[:/]([^/]+)/([^/.\s]+)", url)
if not m:
    raise SystemExit("GitHub 원격 저장소를 찾지 못했습니다")
owner, repo = m.groups()
wf = next((p.name for p in Path(".github/workflows").glob("*.yml")), "ci.yml")
docs_label = quote("읽기")
lines = [
    f"[![CI](https://github.com/{owner}/{repo}/actions/workflows/{wf}/badge.svg)](https://github.com/{owner}/{repo}/actions/workflows/{wf})",
    f"[![Release](https://img.shields.io/github/v/release/{owner}/{repo})](https://github.com/{owner}/{repo}/releases)",
    f"[![License](https://img.shields.io/github/license/{owner}/{repo})](LICENSE)",
    f"[![Docs](https://img.shields.io/badge/docs-{docs_label}-blue)](https://{owner}.github.io/{repo}/)",
]
print("\n".join(lines))
