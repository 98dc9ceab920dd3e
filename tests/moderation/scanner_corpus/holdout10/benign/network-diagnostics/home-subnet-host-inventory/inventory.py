"""Inventory the user's own private subnet with nmap and diff against the last run."""
import datetime as dt
import ipaddress
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def default_subnet():
    out = subprocess.run(["ip", "-o", "-f", "inet", "addr", "show"], capture_output=True, text=True).stdout
    for line in out.splitlines():
        cidr = line.split()[3]
        net = ipaddress.ip_interface(cidr).network
        if net.is_private and not net.is_loopback:
            return str(net)
    sys.exit("could not detect a private subnet; pass one explicitly")


def scan(target, ports):
    args = ["nmap", "-oX", "-", "-T3"] + (["--top-ports", "20"] if ports else ["-sn"]) + [target]
    root = ET.fromstring(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
    hosts = {}
    for h in root.findall("host"):
        if h.find("status").get("state") != "up":
            continue
        ip = h.find("address[@addrtype='ipv4']").get("addr")
        mac = h.find("address[@addrtype='mac']")
        name = h.find("hostnames/hostname")
        hosts[ip] = {
            "mac": mac.get("addr") if mac is not None else "",
            "vendor": mac.get("vendor", "") if mac is not None else "",
            "hostname": name.get("name") if name is not None else "",
            "ports": sorted(int(p.get("portid")) for p in h.findall("ports/port") if p.find("state").get("state") == "open"),
        }
    return hosts


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    target = args[0] if args else default_subnet()
    net = ipaddress.ip_network(target, strict=False)
    if not net.is_private:
        sys.exit(f"{target} is not a private range; this tool only scans your own local network")
    if input(f"Scan {net} ({net.num_addresses} addresses)? [y/N] ").strip() != "y":
        return
    hosts = scan(str(net), "--ports" in sys.argv)
    for ip, h in sorted(hosts.items(), key=lambda kv: ipaddress.ip_address(kv[0])):
        print(f"{ip:15} {h['mac']:17} {h['vendor'][:20]:20} {h['hostname'][:25]:25} {h['ports']}")
    previous = sorted(Path(".").glob("inventory-*.json"))
    out = Path(f"inventory-{dt.date.today()}.json")
    out.write_text(json.dumps(hosts, indent=1))
    if previous and previous[-1] != out:
        old = json.loads(previous[-1].read_text())
        for ip in hosts.keys() - old.keys():
            print("NEW   ", ip, hosts[ip]["vendor"], hosts[ip]["hostname"])
        for ip in old.keys() - hosts.keys():
            print("GONE  ", ip, old[ip]["vendor"])


if __name__ == "__main__":
    main()
