import json
import os
import sys
import urllib.request


def main(path: str, title: str) -> None:
    if not path.endswith(".pub"):
        sys.exit("only public keys (.pub) can be uploaded")
    key = open(os.path.expanduser(path), encoding="utf-8").read().strip()
    if "PRIVATE KEY" in key or not key.startswith(("ssh-ed25519 ", "ssh-rsa ", "ecdsa-", "sk-")):
        sys.exit("this does not look like a public key")
    req = urllib.request.Request(
        "https://api.github.com/user/keys",
        data=json.dumps({"title": title, "key": key}).encode(),
        headers={
            "Authorization": f"Bearer {os.environ['GITHUB_TOKEN']}",
            "Accept": "application/vnd.github+json",
        },
    )
    with urllib.request.urlopen(req, timeout=20) as resp:
        print("added key id", json.load(resp)["id"])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
