import argparse
import subprocess
import sys
from pathlib import Path

HOME = Path.home()
DEFAULT = [".ssh", ".gnupg", ".aws/config", ".aws/credentials", ".config/gcloud", ".kube/config"]

def create(a):
    items = [p for p in DEFAULT if (HOME / p).exists()]
    print("will encrypt:", ", ".join(items))
    if input("continue? [y/N] ").lower() != "y":
        return 1
    tar = subprocess.Popen(["tar", "-C", str(HOME), "--exclude=.config/gcloud/logs", "-cf", "-", *items], stdout=subprocess.PIPE)
    subprocess.run(["age", "-R", a.recipient_file, "-o", a.out], stdin=tar.stdout, check=True)
    tar.wait()
    print(f"wrote {a.out}; upload it where you choose, then: rm {a.out}")
    return 0

def restore(a):
    dec = subprocess.run(["age", "-d", "-i", a.identity, a.input], capture_output=True, check=True)
    listing = subprocess.run(["tar", "-tf", "-"], input=dec.stdout, capture_output=True, check=True)
    print(listing.stdout.decode())
    flags = [] if a.overwrite else ["--keep-old-files"]
    subprocess.run(["tar", "-C", str(HOME), *flags, "-xf", "-"], input=dec.stdout, check=True)
    return 0

ap = argparse.ArgumentParser()
sub = ap.add_subparsers(required=True)
c = sub.add_parser("create"); c.add_argument("--recipient-file", required=True); c.add_argument("--out", required=True); c.set_defaults(f=create)
r = sub.add_parser("restore"); r.add_argument("--in", dest="input", required=True); r.add_argument("--identity", required=True); r.add_argument("--overwrite", action="store_true"); r.set_defaults(f=restore)
a = ap.parse_args()
sys.exit(a.f(a))
