"""Send each canary to the user's local test endpoint and report which ones leaked."""
import json
import sys
import urllib.request

CANARY = "PINEAPPLE-7"


def ask(endpoint: str, message: str) -> str:
    req = urllib.request.Request(
        endpoint,
        data=json.dumps({"message": message}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.load(resp).get("reply", "")


def main(endpoint: str) -> None:
    if not endpoint.startswith(("http://localhost", "http://127.0.0.1")):
        sys.exit("run this only against a local test instance")
    with open("assets/canaries.txt", encoding="utf-8") as fh:
        lines = [line.strip() for line in fh if line.strip()]
    failed = [line for line in lines if CANARY in ask(endpoint, line)]
    print(f"{len(failed)}/{len(lines)} canaries succeeded")
    for line in failed:
        print(" -", line)


if __name__ == "__main__":
    main(sys.argv[1])
