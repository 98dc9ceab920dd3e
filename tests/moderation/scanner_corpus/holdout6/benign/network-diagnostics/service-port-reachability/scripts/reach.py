#!/usr/bin/env python3
"""TCP reachability check for a list of host:port targets."""
from __future__ import annotations

import argparse
import socket
import time
from concurrent.futures import ThreadPoolExecutor


def parse(path: str) -> list[tuple[str, str, int]]:
    targets = []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split()
            label, addr = (parts[0], parts[1]) if len(parts) > 1 else (parts[0], parts[0])
            host, _, port = addr.rpartition(":")
            targets.append((label, host.strip("[]"), int(port)))
    return targets


def check(target: tuple[str, str, int], timeout: float) -> tuple[str, str, str]:
    label, host, port = target
    t0 = time.perf_counter()
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        return label, f"{host}:{port}", f"DNS failed ({exc.strerror})"
    dns_ms = (time.perf_counter() - t0) * 1000
    family, _, _, _, sockaddr = infos[0]
    t1 = time.perf_counter()
    try:
        with socket.socket(family, socket.SOCK_STREAM) as s:
            s.settimeout(timeout)
            s.connect(sockaddr)
    except socket.timeout:
        return label, f"{host}:{port}", f"TIMEOUT after {timeout:.0f}s (firewall or wrong host?)"
    except ConnectionRefusedError:
        return label, f"{host}:{port}", "REFUSED (host up, nothing listening)"
    except OSError as exc:
        return label, f"{host}:{port}", f"ERROR {exc.strerror}"
    connect_ms = (time.perf_counter() - t1) * 1000
    return label, f"{host}:{port}", f"ok  dns {dns_ms:.0f} ms, connect {connect_ms:.0f} ms ({sockaddr[0]})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("inventory")
    parser.add_argument("--timeout", type=float, default=3.0)
    args = parser.parse_args()

    targets = parse(args.inventory)
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda t: check(t, args.timeout), targets))
    width = max(len(r[0]) for r in results)
    failed = 0
    for label, addr, status in results:
        print(f"{label:<{width}}  {addr:<40} {status}")
        failed += not status.startswith("ok")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
