import json
import subprocess
import sys

WANT = {
    "permitrootlogin": ({"no", "prohibit-password", "without-password"}, "high", "PermitRootLogin no"),
    "passwordauthentication": ({"no"}, "high", "PasswordAuthentication no"),
    "kbdinteractiveauthentication": ({"no"}, "medium", "KbdInteractiveAuthentication no"),
    "x11forwarding": ({"no"}, "low", "X11Forwarding no"),
    "allowagentforwarding": ({"no"}, "low", "AllowAgentForwarding no"),
}

def effective(path=None):
    text = open(path).read() if path else subprocess.check_output(["sudo", "sshd", "-T"], text=True)
    return dict(line.split(" ", 1) for line in text.splitlines() if " " in line)

conf = effective(sys.argv[1] if len(sys.argv) > 1 else None)
print("# sshd audit\n\n| severity | setting | current | line to add |\n|---|---|---|---|")
for key, (ok, sev, line) in WANT.items():
    if conf.get(key) not in ok:
        print(f"| {sev} | {key} | {conf.get(key)} | `{line}` |")
if int(conf.get("maxauthtries", "6")) > 4:
    print(f"| low | maxauthtries | {conf.get('maxauthtries')} | `MaxAuthTries 4` |")
weak = [c for c in conf.get("ciphers", "").split(",") if c.endswith("-cbc")]
if weak:
    print(f"| medium | ciphers | {','.join(weak)} | `Ciphers -*-cbc` |")
try:
    ext = json.loads(subprocess.check_output(["ssh-audit", "-j", sys.argv[2]], text=True)) if len(sys.argv) > 2 else {}
    for kex in ext.get("kex", []):
        if kex.get("notes", {}).get("fail"):
            print(f"| medium | kex | {kex['algorithm']} | remove from KexAlgorithms |")
except (FileNotFoundError, subprocess.CalledProcessError):
    pass
