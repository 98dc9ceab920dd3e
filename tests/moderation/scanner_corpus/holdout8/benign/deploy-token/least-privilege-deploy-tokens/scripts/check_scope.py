import os
import sys

import requests

def gitlab():
    t = os.environ["GITLAB_TOKEN"]
    r = requests.get("https://gitlab.com/api/v4/personal_access_tokens/self",
                     headers={"PRIVATE-TOKEN": t}, timeout=20)
    r.raise_for_status()
    j = r.json()
    print(f"token ...{t[-4:]}: name={j['name']} scopes={j['scopes']} expires={j['expires_at']}")

def github():
    t = os.environ["GITHUB_TOKEN"]
    r = requests.get("https://api.github.com/user", headers={"Authorization": f"Bearer {t}"}, timeout=20)
    r.raise_for_status()
    print(f"token ...{t[-4:]}: login={r.json()['login']} scopes={r.headers.get('x-oauth-scopes', '(fine-grained)')}")

{"gitlab": gitlab, "github": github}[sys.argv[1]]()
