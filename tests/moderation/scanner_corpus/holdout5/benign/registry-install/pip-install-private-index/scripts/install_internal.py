import json
import subprocess
import sys


def configured_index() -> str:
    out = subprocess.run([sys.executable, "-m", "pip", "config", "get", "global.extra-index-url"],
                         capture_output=True, text=True)
    return out.stdout.strip()


def main(packages: list[str]) -> None:
    index = configured_index()
    if not index:
        raise SystemExit("No extra-index-url configured; ask IT for the pip.conf")
    print("internal index:", index)
    subprocess.run([sys.executable, "-m", "pip", "install", "--report", "report.json", *packages], check=True)
    with open("report.json") as fh:
        for item in json.load(fh)["install"]:
            print(item["metadata"]["name"], item["metadata"]["version"], "<-", item["download_info"]["url"])


if __name__ == "__main__":
    main(sys.argv[1:])
