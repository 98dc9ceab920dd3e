import re
from pathlib import Path

def blocks(path: Path):
    host, seen_host = "*", False
    for n, line in enumerate(path.read_text().splitlines(), 1):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        key, _, val = s.partition(" ")
        key = key.lower()
        if key == "host":
            host, seen_host = val, True
        yield n, host, key, val.strip(), seen_host

def lint(path: Path):
    hosts, idfile = {}, {}
    for n, host, key, val, seen_host in blocks(path):
        where = f"{path}:{n}"
        if key == "include" and seen_host:
            print(f"{where}: Include after a Host block applies only to that block")
        if key == "forwardagent" and val.lower() == "yes" and "*" in host:
            print(f"{where}: ForwardAgent yes on a wildcard ({host})")
        if key == "stricthostkeychecking" and val.lower() == "no":
            print(f"{where}: StrictHostKeyChecking no disables MITM protection")
        if key == "host":
            if val in hosts:
                print(f"{where}: duplicate Host {val} (first at line {hosts[val]})")
            hosts[val] = n
        if key == "identityfile":
            idfile[host] = idfile.get(host, False)
        if key == "identitiesonly":
            idfile[host] = True
    for host, ok in idfile.items():
        if not ok:
            print(f"{path}: Host {host} sets IdentityFile without IdentitiesOnly yes")

for p in [Path.home() / ".ssh/config", *sorted((Path.home() / ".ssh/config.d").glob("*"))]:
    if p.is_file():
        lint(p)
