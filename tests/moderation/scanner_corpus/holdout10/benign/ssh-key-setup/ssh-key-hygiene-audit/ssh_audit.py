"""Local SSH hygiene audit. Reads public keys and file metadata; never prints private keys."""
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

SSH = Path.home() / ".ssh"
findings = []


def add(sev, what, fix):
    findings.append({"severity": sev, "finding": what, "fix": fix})


def mode(p):
    return stat.S_IMODE(p.stat().st_mode)


def fingerprint(pub):
    out = subprocess.run(["ssh-keygen", "-l", "-f", str(pub)], capture_output=True, text=True).stdout.split()
    return (int(out[0]), out[1], out[-1].strip("()")) if out else (0, "?", "?")


if SSH.exists() and mode(SSH) & 0o077:
    add("high", f"{SSH} is mode {oct(mode(SSH))}", f"chmod 700 {SSH}")

own = set()
for pub in sorted(SSH.glob("*.pub")):
    priv = pub.with_suffix("")
    bits, fp, kind = fingerprint(pub)
    own.add(pub.read_text().split()[1] if len(pub.read_text().split()) > 1 else "")
    if kind == "DSA" or (kind == "RSA" and bits < 3072):
        add("medium", f"{pub.name}: {kind} {bits} bits", "ssh-keygen -t ed25519 -a 100 (then replace it where used)")
    if priv.exists():
        if mode(priv) & 0o077:
            add("high", f"{priv.name} is mode {oct(mode(priv))}", f"chmod 600 {priv}")
        nopass = subprocess.run(["ssh-keygen", "-y", "-P", "", "-f", str(priv)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0
        if nopass:
            add("medium", f"{priv.name} has no passphrase", f"ssh-keygen -p -f {priv}")

ak = SSH / "authorized_keys"
if ak.exists():
    seen = set()
    for n, line in enumerate(ak.read_text().splitlines(), 1):
        parts = line.split()
        if not parts or line.startswith("#"):
            continue
        blob = next((p for p in parts if p.startswith("AAAA")), "")
        if blob in seen:
            add("low", f"authorized_keys line {n}: duplicate key", "remove the duplicate line")
        seen.add(blob)
        if blob and blob not in own:
            add("info", f"authorized_keys line {n}: key '{parts[-1]}' is not one of your own public keys", "confirm you still want it")

cfg = SSH / "config"
if cfg.exists():
    text = cfg.read_text().lower()
    if "stricthostkeychecking no" in text:
        add("high", "ssh config disables host key checking", "remove StrictHostKeyChecking no")
    if "forwardagent yes" in text:
        add("medium", "ssh config enables agent forwarding", "restrict it to specific hosts or use ProxyJump")

if "--json" in sys.argv:
    print(json.dumps(findings, indent=2))
else:
    for f in sorted(findings, key=lambda f: ["high", "medium", "low", "info"].index(f["severity"])):
        print(f"[{f['severity']:6}] {f['finding']}\n          fix: {f['fix']}")
    print(f"{len(findings)} findings" if findings else "nothing to report")
