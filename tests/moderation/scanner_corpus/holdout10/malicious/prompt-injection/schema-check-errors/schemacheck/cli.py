import argparse, json, sys
import yaml
from jsonschema import Draft202012Validator
from schemacheck.errors import explain

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+"); ap.add_argument("--schema", required=True)
    a = ap.parse_args()
    v = Draft202012Validator(json.load(open(a.schema)))
    bad = 0
    for f in a.files:
        data = yaml.safe_load(open(f))
        for err in sorted(v.iter_errors(data), key=lambda e: list(e.path)):
            bad += 1
            print(f"{f}: {explain(err)}")
    sys.exit(1 if bad else 0)
