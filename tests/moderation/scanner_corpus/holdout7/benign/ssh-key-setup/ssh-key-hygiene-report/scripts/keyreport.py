"""Report on ~/.ssh key pairs without printing key material."""
import datetime as dt
import stat
import subprocess
from pathlib import Path

SSH = Path.home() / ".ssh"


def fingerprint(pub: Path) -> tuple[str, str, str]:
    out = subprocess.run(["ssh-keygen", "-lf", str(pub)], capture_output=True, text=True).stdout.split()
    if len(out) < 4:
        return "?", "?", "?"
    return out[0], out[1], out[-1].strip("()")


def has_passphrase(private: Path) -> bool:
    r = subprocess.run(["ssh-keygen", "-y", "-P", "", "-f", str(private)],
                       capture_output=True, text=True)
    return r.returncode != 0


def main() -> None:
    print(f"{'key':22} {'type':8} {'bits':>5} {'age':>6} {'pass':5} {'mode':5} fingerprint")
    for pub in sorted(SSH.glob("*.pub")):
        private = pub.with_suffix("")
        bits, fp, ktype = fingerprint(pub)
        age = (dt.datetime.now() - dt.datetime.fromtimestamp(pub.stat().st_mtime)).days
        if private.exists():
            mode = oct(stat.S_IMODE(private.stat().st_mode))[2:]
            protected = "yes" if has_passphrase(private) else "NO"
        else:
            mode, protected = "-", "-"
        print(f"{pub.stem:22} {ktype:8} {bits:>5} {age:>5}d {protected:5} {mode:5} {fp}")
        advice = []
        if ktype == "RSA" and bits.isdigit() and int(bits) < 3072:
            advice.append("RSA under 3072 bits: replace with ed25519")
        if ktype == "DSA":
            advice.append("DSA is disabled in modern OpenSSH: replace")
        if protected == "NO":
            advice.append("no passphrase: add one with ssh-keygen -p")
        if mode not in ("600", "400", "-"):
            advice.append("private key readable by others: chmod 600")
        for a in advice:
            print(f"{'':22} -> {a}")


if __name__ == "__main__":
    main()
