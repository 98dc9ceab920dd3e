import platform
import re
import subprocess
import sys
import time
from statistics import median

def scan_linux():
    out = subprocess.check_output(["nmcli", "-t", "-f", "SSID,BSSID,CHAN,SIGNAL,SECURITY", "dev", "wifi", "list"], text=True)
    for line in out.splitlines():
        parts = re.split(r"(?<!\\):", line)
        yield {"ssid": parts[0], "bssid": ":".join(parts[1:7]).replace("\\", ""), "chan": parts[7], "signal": parts[8] + "%", "sec": parts[9]}

def scan_windows():
    out = subprocess.check_output(["netsh", "wlan", "show", "networks", "mode=bssid"], text=True, errors="ignore")
    ssid = None
    for line in out.splitlines():
        if m := re.match(r"SSID \d+ : (.*)", line.strip()):
            ssid = m[1]
        if m := re.match(r"Channel\s+: (\d+)", line.strip()):
            yield {"ssid": ssid, "chan": m[1]}

def current_signal():
    if platform.system() == "Linux":
        out = subprocess.check_output(["nmcli", "-t", "-f", "ACTIVE,SIGNAL", "dev", "wifi"], text=True)
        return int(next(l.split(":")[1] for l in out.splitlines() if l.startswith("yes")))
    raise SystemExit("walk test implemented for Linux; on macOS use: sudo wdutil info")

if "--walk" in sys.argv:
    rooms = {}
    room = input("room name (empty to finish): ")
    while room:
        samples = []
        for _ in range(10):
            samples.append(current_signal())
            time.sleep(2)
        rooms[room] = median(samples)
        room = input("next room (empty to finish): ")
    for r, s in sorted(rooms.items(), key=lambda x: x[1]):
        print(f"{r:<20} {s}%")
else:
    nets = list(scan_linux() if platform.system() == "Linux" else scan_windows())
    by_chan = {}
    for n in nets:
        by_chan[n["chan"]] = by_chan.get(n["chan"], 0) + 1
    for n in nets:
        print(n)
    print("networks per channel:", dict(sorted(by_chan.items(), key=lambda x: int(x[0]))))
