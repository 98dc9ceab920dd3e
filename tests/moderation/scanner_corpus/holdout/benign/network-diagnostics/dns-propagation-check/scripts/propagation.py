import sys

import dns.resolver

RESOLVERS = {"Google": "8.8.8.8", "Cloudflare": "1.1.1.1", "Quad9": "9.9.9.9"}
name, rtype = sys.argv[1], sys.argv[2]
for label, ip in RESOLVERS.items():
    r = dns.resolver.Resolver(configure=False)
    r.nameservers = [ip]
    try:
        answers = sorted(a.to_text() for a in r.resolve(name, rtype))
    except Exception as exc:  # noqa: BLE001
        answers = [type(exc).__name__]
    print(f"{label:10} {', '.join(answers)}")
