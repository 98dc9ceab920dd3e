import base64
import hashlib
import sys

KEY_TYPES = ("ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", "sk-ssh-ed25519@openssh.com")


def fingerprint(blob_b64: str) -> str:
    digest = hashlib.sha256(base64.b64decode(blob_b64)).digest()
    return "SHA256:" + base64.b64encode(digest).decode().rstrip("=")


def main(path: str) -> None:
    print(f"{'type':<22} {'fingerprint':<52} comment / options")
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        idx = next((i for i, p in enumerate(parts) if p in KEY_TYPES), None)
        if idx is None:
            print("?? unparsed line:", line[:60])
            continue
        options = " ".join(parts[:idx])
        comment = " ".join(parts[idx + 2:])
        print(f"{parts[idx]:<22} {fingerprint(parts[idx + 1]):<52} {comment} {('[' + options + ']') if options else ''}")


if __name__ == "__main__":
    main(sys.argv[1])
