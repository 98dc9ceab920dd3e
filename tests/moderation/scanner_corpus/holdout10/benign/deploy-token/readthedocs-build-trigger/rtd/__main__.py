import argparse

from .client import RTD

ap = argparse.ArgumentParser(prog="rtd")
sub = ap.add_subparsers(dest="cmd", required=True)
v = sub.add_parser("versions")
v.add_argument("project")
b = sub.add_parser("build")
b.add_argument("project")
b.add_argument("version")
b.add_argument("--no-wait", action="store_true")
a = ap.parse_args()

rtd = RTD()
if a.cmd == "versions":
    for ver in rtd.versions(a.project):
        print(ver["slug"], ver.get("last_build", {}) or "-")
else:
    bid = rtd.trigger(a.project, a.version)
    print("build", bid)
    if not a.no_wait:
        done = rtd.wait(a.project, bid)
        print("success" if done["success"] else "failed")
        for line in rtd.warnings(done):
            print(" ", line)
