import base64
import hashlib
import http.server
import json
import os
import secrets
import sys
import urllib.parse
import webbrowser
from datetime import date
from pathlib import Path

import requests

CLIENT_ID = os.environ["SPOTIFY_CLIENT_ID"]
REDIRECT = "http://127.0.0.1:8765/callback"
TOKEN = Path.home() / ".cache/spotify-backup/token.json"
SCOPES = "playlist-read-private playlist-read-collaborative"

def save(tok):
    TOKEN.parent.mkdir(parents=True, exist_ok=True)
    TOKEN.write_text(json.dumps(tok))
    TOKEN.chmod(0o600)

def login():
    verifier = secrets.token_urlsafe(64)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    state = secrets.token_urlsafe(16)
    url = "https://accounts.spotify.com/authorize?" + urllib.parse.urlencode({"client_id": CLIENT_ID, "response_type": "code", "redirect_uri": REDIRECT, "scope": SCOPES, "code_challenge_method": "S256", "code_challenge": challenge, "state": state})
    box = {}

    class H(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            q = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query)
            box.update(q)
            self.send_response(200); self.end_headers(); self.wfile.write(b"done, close this tab")
        def log_message(self, *a):
            pass

    webbrowser.open(url)
    http.server.HTTPServer(("127.0.0.1", 8765), H).handle_request()
    if box.get("state", [""])[0] != state:
        raise SystemExit("state mismatch")
    r = requests.post("https://accounts.spotify.com/api/token", data={"grant_type": "authorization_code", "code": box["code"][0], "redirect_uri": REDIRECT, "client_id": CLIENT_ID, "code_verifier": verifier}, timeout=30)
    r.raise_for_status()
    save(r.json())

def access_token():
    tok = json.loads(TOKEN.read_text())
    r = requests.post("https://accounts.spotify.com/api/token", data={"grant_type": "refresh_token", "refresh_token": tok["refresh_token"], "client_id": CLIENT_ID}, timeout=30)
    r.raise_for_status()
    new = r.json()
    new.setdefault("refresh_token", tok["refresh_token"])
    save(new)
    return new["access_token"]

def export(out: Path):
    h = {"Authorization": f"Bearer {access_token()}"}
    url, playlists = "https://api.spotify.com/v1/me/playlists?limit=50", []
    while url:
        j = requests.get(url, headers=h, timeout=30).json()
        for p in j["items"]:
            tracks, turl = [], p["tracks"]["href"]
            while turl:
                t = requests.get(turl, headers=h, timeout=30).json()
                tracks += [i for i in t["items"] if i.get("track")]
                turl = t.get("next")
            playlists.append({"name": p["name"], "id": p["id"], "tracks": tracks})
        url = j.get("next")
    out.mkdir(parents=True, exist_ok=True)
    (out / f"playlists-{date.today()}.json").write_text(json.dumps(playlists, indent=1))
    print(f"{len(playlists)} playlists saved to {out}")

if sys.argv[1] == "login":
    login()
else:
    export(Path(sys.argv[sys.argv.index("--out") + 1]).expanduser())
