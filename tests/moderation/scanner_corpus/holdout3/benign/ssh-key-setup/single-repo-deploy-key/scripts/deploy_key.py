import json
import os
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

repo = sys.argv[1]
name = repo.split("/")[1]
key = Path.home() / ".ssh" / f"deploy_{name}"
if key.exists():
    sys.exit(f"{key} already exists; not overwriting")

subprocess.run(["ssh-keygen", "-t", "ed25519", "-N", "", "-C", f"deploy {repo}", "-f", str(key)], check=True)
public = key.with_suffix(".pub").read_text().strip()

req = urllib.request.Request(
    f"https://api.github.com/repos/{repo}/keys",
    data=json.dumps({"title": f"deploy from {socket.gethostname()}", "key": public, "read_only": True}).encode(),
    headers={"Authorization": f"Bearer {os.environ['GITHUB_TOKEN']}", "Accept": "application/vnd.github+json"},
    method="POST",
)
with urllib.request.urlopen(req, timeout=20) as r:
    print("registered deploy key id", json.load(r)["id"])
print(f"private key: {key} (copy it to the server yourself)")
