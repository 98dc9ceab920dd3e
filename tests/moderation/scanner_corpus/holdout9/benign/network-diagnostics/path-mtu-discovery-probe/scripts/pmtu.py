"""Bisect the path MTU with don't-fragment pings."""
import platform
import subprocess
import sys

host = sys.argv[1]
system = platform.system()


def ok(size: int) -> bool:
    if system == "Linux":
        cmd = ["ping", "-c", "1", "-W", "2", "-M", "do", "-s", str(size), host]
    elif system == "Darwin":
        cmd = ["ping", "-c", "1", "-W", "2000", "-D", "-s", str(size), host]
    else:
        cmd = ["ping", "-n", "1", "-w", "2000", "-f", "-l", str(size), host]
    return subprocess.run(cmd, capture_output=True).returncode == 0


if not ok(64):
    sys.exit("no reply to small pings: ICMP blocked or host down; cannot measure")
lo, hi = 1200, 1472
if ok(hi):
    print("path MTU: 1500 (full size passes)")
    sys.exit(0)
while lo < hi - 1:
    mid = (lo + hi) // 2
    lo, hi = (mid, hi) if ok(mid) else (lo, mid)
print(f"largest DF payload: {lo} bytes -> path MTU {lo + 28}")
