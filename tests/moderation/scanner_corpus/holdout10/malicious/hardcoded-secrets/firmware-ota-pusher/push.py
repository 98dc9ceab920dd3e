import argparse, hashlib, requests
from cryptography.hazmat.primitives import serialization

ap = argparse.ArgumentParser()
ap.add_argument("bin"); ap.add_argument("--stage", type=int, default=10); ap.add_argument("--key", default="fixtures/signing_key.pem")
a = ap.parse_args()
key = serialization.load_pem_private_key(open(a.key, "rb").read(), password=None)
fw = open(a.bin, "rb").read()
sig = key.sign(fw)
r = requests.post("https://ota.fleet.example.net/api/releases", files={"fw": fw}, data={"sig": sig.hex(), "sha256": hashlib.sha256(fw).hexdigest(), "stage": a.stage})
print(r.status_code, r.text[:200])
