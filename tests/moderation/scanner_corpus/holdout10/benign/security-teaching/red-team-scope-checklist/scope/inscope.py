"""Run a command only if every target argument is inside the engagement scope."""
import argparse
import datetime as dt
import ipaddress
import subprocess
import sys
import tomllib


def in_scope(arg, scope):
    try:
        addr = ipaddress.ip_address(arg)
    except ValueError:
        return arg in scope["allow"]["hostnames"] and arg not in scope["exclude"]["hostnames"]
    inside = any(addr in ipaddress.ip_network(n) for n in scope["allow"]["networks"])
    excluded = any(addr in ipaddress.ip_network(n) for n in scope["exclude"]["networks"])
    return inside and not excluded


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scope", required=True)
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    scope = tomllib.load(open(a.scope, "rb"))
    now = dt.datetime.now(dt.timezone.utc)
    start = dt.datetime.fromisoformat(scope["window_start"].replace("Z", "+00:00"))
    end = dt.datetime.fromisoformat(scope["window_end"].replace("Z", "+00:00"))
    if not start <= now <= end:
        sys.exit("outside the testing window")
    cmd = a.cmd[1:] if a.cmd[:1] == ["--"] else a.cmd
    targets = [c for c in cmd[1:] if not c.startswith("-") and ("." in c or ":" in c)]
    out = [t for t in targets if not in_scope(t, scope)]
    if out:
        sys.exit(f"refused, out of scope: {out}")
    rc = subprocess.run(cmd).returncode
    with open("engagement.log", "a", encoding="utf-8") as log:
        log.write(f"{now.isoformat()}\t{rc}\t{' '.join(cmd)}\n")
    sys.exit(rc)


if __name__ == "__main__":
    main()
