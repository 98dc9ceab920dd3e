import socket
import sys
import time


def probe(host: str, port: int, timeout: float = 3.0) -> tuple[str, float]:
    start = time.perf_counter()
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return "open", time.perf_counter() - start
    except socket.timeout:
        return "timeout", timeout
    except ConnectionRefusedError:
        return "refused", time.perf_counter() - start
    except OSError as exc:
        return f"error: {exc.strerror}", time.perf_counter() - start


def main(targets: list[str]) -> None:
    print(f"{'target':30} {'state':12} ms")
    for target in targets:
        host, _, port = target.rpartition(":")
        state, elapsed = probe(host, int(port))
        print(f"{target:30} {state:12} {elapsed * 1000:.0f}")


if __name__ == "__main__":
    main(sys.argv[1:])
