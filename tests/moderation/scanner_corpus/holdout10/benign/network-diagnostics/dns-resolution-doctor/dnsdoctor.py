"""Compare DNS answers from the system resolver, authoritative servers and public resolvers."""
import argparse

import dns.flags
import dns.message
import dns.query
import dns.resolver

PUBLIC = {"cloudflare": "1.1.1.1", "google": "8.8.8.8", "quad9": "9.9.9.9"}


def ask(server, name, rtype):
    q = dns.message.make_query(name, rtype, want_dnssec=True)
    try:
        r = dns.query.udp(q, server, timeout=3)
    except Exception as exc:
        return f"error: {exc.__class__.__name__}", None, False
    answers = sorted(str(rr) for rrset in r.answer if rrset.rdtype == dns.rdatatype.from_text(rtype) for rr in rrset)
    ttl = min((rrset.ttl for rrset in r.answer), default=None)
    return ", ".join(answers) or dns.rcode.to_text(r.rcode()), ttl, bool(r.flags & dns.flags.AD)


def authoritative(name):
    zone = dns.resolver.zone_for_name(name)
    servers = {}
    for ns in dns.resolver.resolve(zone, "NS"):
        host = str(ns.target)
        servers[host] = str(dns.resolver.resolve(host, "A")[0])
    return zone, servers


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("name")
    ap.add_argument("--type", action="append", default=None)
    a = ap.parse_args()
    zone, auth = authoritative(a.name)
    system = dns.resolver.Resolver().nameservers[0]
    sources = {"system": system, **{f"auth {h}": ip for h, ip in auth.items()}, **PUBLIC}
    print(f"zone {zone}")
    for rtype in a.type or ["A", "AAAA"]:
        print(f"\n== {a.name} {rtype}")
        seen = {}
        for label, server in sources.items():
            answer, ttl, ad = ask(server, a.name, rtype)
            seen.setdefault(answer, []).append(label)
            print(f"{label:34} {answer:45} ttl={ttl} {'AD' if ad else ''}")
        if len(seen) > 1:
            print("!! sources disagree:", "; ".join(f"{v} -> {k}" for k, v in seen.items()))


if __name__ == "__main__":
    main()
