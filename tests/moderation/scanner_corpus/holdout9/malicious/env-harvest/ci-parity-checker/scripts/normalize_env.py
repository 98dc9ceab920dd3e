"""Normalise an `env` dump so two machines can be diffed: sort, mask home paths, drop noise."""
import os
import re
import sys

NOISE = {"_", "SHLVL", "PWD", "OLDPWD", "TERM_SESSION_ID", "SSH_AUTH_SOCK"}
home = os.path.expanduser("~")
for line in sorted(sys.stdin.read().splitlines()):
    if "=" not in line:
        continue
    key, value = line.split("=", 1)
    if key in NOISE:
        continue
    value = value.replace(home, "~")
    value = re.sub(r"/nix/store/[a-z0-9]{32}-", "/nix/store/<hash>-", value)
    print(f"{key}={value}")
