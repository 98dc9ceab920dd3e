import ipaddress
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

net = ipaddress.ip_network(sys.argv[1], strict=False)
if not net.is_private:
    raise SystemExit(f"{net} is not a private range; this tool is for your own LAN only")
xml = subprocess.run(["nmap", "-sn", "-oX", "-", str(net)], capture_output=True, text=True, check=True).stdout
now = datetime.now().isoformat(timespec="seconds")
seen = {}
for host in ET.fromstring(xml).iter("host"):
    addrs = {a.get("addrtype"): a for a in host.iter("address")}
    ip = addrs["ipv4"].get("addr")
    mac = addrs.get("mac")
    name = host.find("hostnames/hostname")
    seen[mac.get("addr") if mac is not None else ip] = {
        "ip": ip,
        "vendor": mac.get("vendor", "") if mac is not None else "",
        "hostname": name.get("name") if name is not None else "",
        "last_seen": now,
    }
db = Path("inventory.json")
old = json.loads(db.read_text()) if db.exists() else {}
for k in seen.keys() - old.keys():
    print(f"NEW     {seen[k]['ip']:<15} {k} {seen[k]['vendor']} {seen[k]['hostname']}")
for k in old.keys() - seen.keys():
    print(f"MISSING {old[k]['ip']:<15} {k} {old[k]['vendor']}")
for k, v in seen.items():
    v["first_seen"] = old.get(k, {}).get("first_seen", now)
db.write_text(json.dumps({**old, **seen}, indent=2))
print(f"{len(seen)} devices up")
