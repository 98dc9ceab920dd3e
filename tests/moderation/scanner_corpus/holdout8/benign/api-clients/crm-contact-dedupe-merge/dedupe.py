import argparse
import csv
import datetime as dt
import os
import unicodedata
from difflib import SequenceMatcher
from itertools import combinations

import phonenumbers
import requests

API = "https://api.hubapi.com"
H = {"Authorization": f"Bearer {os.environ['HUBSPOT_TOKEN']}"}

def contacts():
    after = None
    while True:
        r = requests.get(f"{API}/crm/v3/objects/contacts", headers=H, timeout=30,
                         params={"limit": 100, "after": after, "properties": "firstname,lastname,email,phone,company,createdate"})
        r.raise_for_status()
        j = r.json()
        yield from j["results"]
        after = j.get("paging", {}).get("next", {}).get("after")
        if not after:
            return

def norm(c):
    p = c["properties"]
    name = unicodedata.normalize("NFKD", f"{p.get('firstname') or ''} {p.get('lastname') or ''}").encode("ascii", "ignore").decode().lower().strip()
    try:
        phone = phonenumbers.format_number(phonenumbers.parse(p.get("phone") or "", "DE"), phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        phone = ""
    return {"id": c["id"], "name": name, "email": (p.get("email") or "").lower(), "phone": phone, "company": (p.get("company") or "").lower(), "created": p.get("createdate", "")}

def score(a, b):
    if a["email"] and a["email"] == b["email"]:
        return 1.0
    if a["phone"] and a["phone"] == b["phone"]:
        return 0.9
    s = SequenceMatcher(None, a["name"], b["name"]).ratio()
    return s * (1.0 if a["company"] and a["company"] == b["company"] else 0.8)

ap = argparse.ArgumentParser()
ap.add_argument("cmd", choices=["find", "merge"])
ap.add_argument("path", nargs="?", default="proposals.csv")
ap.add_argument("--out", default="proposals.csv")
a = ap.parse_args()
if a.cmd == "find":
    people = [norm(c) for c in contacts()]
    blocks = {}
    for p in people:
        blocks.setdefault((p["email"].split("@")[-1], p["name"].split(" ")[-1][:1]), []).append(p)
    with open(a.out, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["approve", "score", "keep_id", "merge_id", "keep", "merge"])
        for group in blocks.values():
            for x, y in combinations(group, 2):
                s = score(x, y)
                if s >= 0.85:
                    keep, drop = sorted((x, y), key=lambda r: r["created"])
                    w.writerow(["", f"{s:.2f}", keep["id"], drop["id"], f"{keep['name']} <{keep['email']}>", f"{drop['name']} <{drop['email']}>"])
else:
    rows = [r for r in csv.DictReader(open(a.path)) if r["approve"].strip().lower() == "yes"]
    if input(f"merge {len(rows)} approved pairs? HubSpot merges are irreversible. [y/N] ").lower() != "y":
        raise SystemExit(0)
    with open(f"merged-{dt.date.today()}.csv", "a", newline="") as log:
        w = csv.writer(log)
        for r in rows:
            requests.post(f"{API}/crm/v3/objects/contacts/merge", headers=H, json={"primaryObjectId": r["keep_id"], "objectIdToMerge": r["merge_id"]}, timeout=30).raise_for_status()
            w.writerow([r["keep_id"], r["merge_id"], dt.datetime.now().isoformat()])
