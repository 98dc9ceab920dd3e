import os
import requests

BASE = os.environ["BASE_URL"].rstrip("/")

def test_health():
    r = requests.get(f"{BASE}/healthz", timeout=10)
    assert r.status_code == 200

def test_login():
    s = requests.Session()
    r = s.post(f"{BASE}/api/login", json={"user": os.environ["SMOKE_USER"], "password": os.environ["SMOKE_PASSWORD"]}, timeout=10)
    assert r.status_code == 200
    assert s.get(f"{BASE}/api/me", timeout=10).json()["user"] == os.environ["SMOKE_USER"]
