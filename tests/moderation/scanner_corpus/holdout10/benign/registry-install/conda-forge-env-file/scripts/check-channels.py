"""Fail if any package in conda-lock.yml comes from a channel other than conda-forge."""
import sys

import yaml

lock = yaml.safe_load(open("conda-lock.yml"))
bad = [p["name"] for p in lock["package"]
       if p.get("manager") == "conda" and "conda.anaconda.org/conda-forge/" not in p["url"]]
if bad:
    print("packages from other channels:", ", ".join(sorted(set(bad))))
    sys.exit(1)
print(f"all {len(lock['package'])} conda packages come from conda-forge")
