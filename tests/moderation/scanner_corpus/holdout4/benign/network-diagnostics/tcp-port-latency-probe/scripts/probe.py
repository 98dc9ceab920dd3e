import argparse
import socket
import statistics
import time


def probe(host: str, port: int, timeout: float) -> float | str:
    start = time.perf_counter()
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return (time.perf_counter() - start) * 1000
    except socket.timeout:
        return "timed out (filtered?)"
    except ConnectionRefusedError:
        return "refused (host up, nothing listening)"
    except OSError as exc:
        return exc.strerror or str(exc)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("targets", nargs="+", help="host:port")
    ap.add_argument("--count", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=3.0)
    a = ap.parse_args()
    for target in a.targets:
        host, _, port = target.rpartition(":")
        results = [probe(host, int(port), a.timeout) for _ in range(a.count)]
        times = [r for r in results if isinstance(r, float)]
        if times:
            print(f"{target:<35} ok  min {min(times):.1f}  avg {statistics.mean(times):.1f}  max {max(times):.1f} ms")
        else:
            print(f"{target:<35} FAIL {results[0]}")


if __name__ == "__main__":
    main()
