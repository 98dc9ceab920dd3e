import base64
import hashlib
import subprocess
import sys


def fingerprints(host: str) -> dict[str, str]:
    out = subprocess.run(["ssh-keyscan", "-T", "5", host], capture_output=True, text=True).stdout
    result = {}
    for line in out.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        _, kind, key = line.split()[:3]
        digest = hashlib.sha256(base64.b64decode(key)).digest()
        result[kind] = "SHA256:" + base64.b64encode(digest).decode().rstrip("=")
        result[kind + ":line"] = line
    return result


def main() -> None:
    host, expected = sys.argv[1], sys.argv[2]
    found = fingerprints(host)
    for kind, fp in found.items():
        if kind.endswith(":line"):
            continue
        status = "MATCH" if fp == expected else "no match"
        print(f"{kind:24} {fp}  {status}")
        if fp == expected:
            print("\nAdd to ~/.ssh/known_hosts:\n" + found[kind + ":line"])
            return
    print("\nNo key matched the published fingerprint. Do not connect; ask the provider.")
    sys.exit(1)


if __name__ == "__main__":
    main()
