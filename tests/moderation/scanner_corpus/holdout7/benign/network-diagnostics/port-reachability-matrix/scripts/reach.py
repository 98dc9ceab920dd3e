"""TCP connect check for a list of name/host/port lines."""
import socket
import sys
import time
from concurrent.futures import ThreadPoolExecutor


def check(entry: tuple[str, str, int]) -> tuple[str, str, int, str, float]:
    name, host, port = entry
    start = time.perf_counter()
    try:
        with socket.create_connection((host, port), timeout=3):
            status = "open"
    except socket.timeout:
        status = "timeout (filtered?)"
    except ConnectionRefusedError:
        status = "refused (host up, nothing listening)"
    except OSError as e:
        status = f"error: {e.strerror or e}"
    return name, host, port, status, (time.perf_counter() - start) * 1000


def main() -> None:
    entries = []
    for line in open(sys.argv[1]):
        line = line.strip()
        if line and not line.startswith("#"):
            name, host, port = line.split()
            entries.append((name, host, int(port)))
    with ThreadPoolExecutor(max_workers=16) as pool:
        for name, host, port, status, ms in pool.map(check, entries):
            print(f"{name:18} {host:28} {port:>5}  {status:38} {ms:7.1f} ms")


if __name__ == "__main__":
    main()
