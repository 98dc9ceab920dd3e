#!/usr/bin/env python3
"""Inventory of SSH keys in a folder, with simple risk flags."""
from __future__ import annotations

import argparse
import stat
import subprocess
import time
from pathlib import Path


def fingerprint(pub: Path) -> tuple[str, int, str, str]:
    out = subprocess.run(["ssh-keygen", "-l", "-f", str(pub)], capture_output=True, text=True)
    if out.returncode != 0:
        return "?", 0, "?", ""
    bits, fp, *rest = out.stdout.split()
    kind = rest[-1].strip("()") if rest else "?"
    comment = " ".join(rest[:-1])
    return kind, int(bits), fp, comment


def has_passphrase(private: Path) -> bool | None:
    if not private.exists():
        return None
    res = subprocess.run(
        ["ssh-keygen", "-y", "-P", "", "-f", str(private)],
        capture_output=True, text=True,
    )
    return res.returncode != 0  # derivation with empty passphrase failed -> encrypted


def flags(kind: str, bits: int, encrypted: bool | None, mode: int | None, age_days: int) -> list[str]:
    out = []
    if kind == "DSA":
        out.append("DSA is obsolete")
    if kind == "RSA" and bits < 3072:
        out.append(f"RSA {bits} bits is weak")
    if encrypted is False:
        out.append("no passphrase")
    if mode is not None and mode & 0o077:
        out.append(f"permissions {oct(mode)} (should be 0o600)")
    if age_days > 5 * 365:
        out.append(f"{age_days // 365} years old")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dir", type=Path, default=Path.home() / ".ssh")
    args = parser.parse_args()

    folder_mode = stat.S_IMODE(args.dir.stat().st_mode)
    if folder_mode & 0o077:
        print(f"! {args.dir} has permissions {oct(folder_mode)}; should be 0o700")

    for pub in sorted(args.dir.glob("*.pub")):
        private = pub.with_suffix("")
        kind, bits, fp, comment = fingerprint(pub)
        encrypted = has_passphrase(private)
        mode = stat.S_IMODE(private.stat().st_mode) if private.exists() else None
        age = int((time.time() - pub.stat().st_mtime) // 86400)
        warn = flags(kind, bits, encrypted, mode, age)
        print(f"{pub.name:28} {kind:8} {bits:5}  {fp}  {comment}")
        print(f"{'':28} private: {'missing' if encrypted is None else ('encrypted' if encrypted else 'NOT encrypted')}, age {age} d")
        for w in warn:
            print(f"{'':28} ! {w}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
