"""Add/list/remove tagged lines in the current user's crontab."""
import argparse
import subprocess
import sys

MARK = "# managed-by:cronline"


def read() -> list[str]:
    r = subprocess.run(["crontab", "-l"], capture_output=True, text=True)
    return r.stdout.splitlines() if r.returncode == 0 else []


def write(lines: list[str]) -> None:
    subprocess.run(["crontab", "-"], input="\n".join(lines) + "\n", text=True, check=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("add")
    a.add_argument("schedule")
    a.add_argument("command")
    a.add_argument("--tag", required=True)
    sub.add_parser("list")
    r = sub.add_parser("remove")
    r.add_argument("--tag", required=True)
    args = ap.parse_args()
    lines = read()
    if args.cmd == "list":
        print("\n".join(line for line in lines if MARK in line) or "(no managed lines)")
        return 0
    if args.cmd == "add":
        if len(args.schedule.split()) != 5:
            print("schedule must have 5 fields", file=sys.stderr)
            return 2
        new = [line for line in lines if f"tag={args.tag}" not in line]
        new.append(f"{args.schedule} {args.command} {MARK} tag={args.tag}")
    else:
        new = [line for line in lines if not (MARK in line and f"tag={args.tag}" in line)]
    print("New crontab:\n" + "\n".join(new))
    if input("Install it? [y/N] ").strip().lower() != "y":
        print("unchanged")
        return 1
    write(new)
    print("installed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
