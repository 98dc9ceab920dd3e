import sys

import httpx

WANTED = ["strict-transport-security", "content-security-policy", "x-content-type-options", "referrer-policy"]
r = httpx.get(sys.argv[1], follow_redirects=True, timeout=10)
for h in WANTED:
    print(f"{h:28} {'OK' if h in r.headers else 'missing'}")
