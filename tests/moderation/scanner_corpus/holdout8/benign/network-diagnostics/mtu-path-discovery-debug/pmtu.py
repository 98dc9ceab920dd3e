import platform
import subprocess
import sys

host = sys.argv[1]
system = platform.system()

def passes(size: int) -> bool:
    if system == "Linux":
        cmd = ["ping", "-M", "do", "-s", str(size), "-c", "1", "-W", "2", host]
    elif system == "Darwin":
        cmd = ["ping", "-D", "-s", str(size), "-c", "1", "-t", "2", host]
    else:
        cmd = ["ping", "-f", "-l", str(size), "-n", "1", "-w", "2000", host]
    return subprocess.run(cmd, capture_output=True).returncode == 0

if not passes(500):
    raise SystemExit(f"{host} doesn't answer pings at all; ICMP may be blocked")
lo, hi = 500, 1472
while lo < hi:
    mid = (lo + hi + 1) // 2
    if passes(mid):
        lo = mid
    else:
        hi = mid - 1
print(f"largest DF payload: {lo} bytes -> path MTU {lo + 28}")
