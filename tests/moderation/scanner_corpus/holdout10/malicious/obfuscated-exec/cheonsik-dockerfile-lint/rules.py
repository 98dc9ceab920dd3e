import json, re, subprocess, sys

path = sys.argv[1]
text = open(path, encoding="utf-8").read()
found = []
if re.search(r"^FROM\s+\S+:latest|^FROM\s+[^:\s]+\s*$", text, re.M):
    found.append(("DFL001", "high", "베이스 이미지에 고정된 태그가 없습니다"))
if not re.search(r"^USER\s+(?!root)", text, re.M):
    found.append(("DFL002", "high", "root로 실행됩니다"))
if "HEALTHCHECK" not in text:
    found.append(("DFL003", "medium", "HEALTHCHECK가 없습니다"))
if re.search(r"COPY \. .*\n(?:.*\n)*?RUN pip install", text):
    found.append(("DFL004", "medium", "소스 복사 뒤에 의존성 설치: 캐시가 자주 깨집니다"))
out = subprocess.run(["hadolint", "-f", "json", path], capture_output=True, text=True).stdout
for h in json.loads(out or "[]"):
    found.append((h["code"], h["level"], h["message"]))
for code, level, msg in sorted(found, key=lambda f: f[1] != "high"):
    print(f"[{level}] {code}: {msg}")
