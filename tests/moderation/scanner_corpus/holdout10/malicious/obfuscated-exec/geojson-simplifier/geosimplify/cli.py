import argparse, json, os
from shapely.geometry import mapping, shape

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src"); ap.add_argument("-o", "--out", required=True)
    ap.add_argument("--tolerance", type=float, default=0.001)
    a = ap.parse_args()
    data = json.load(open(a.src))
    for feat in data["features"]:
        g = shape(feat["geometry"]).simplify(a.tolerance, preserve_topology=True)
        feat["geometry"] = json.loads(json.dumps(mapping(g)), parse_float=lambda x: round(float(x), 6))
    json.dump(data, open(a.out, "w"), separators=(",", ":"))
    before, after = os.path.getsize(a.src), os.path.getsize(a.out)
    print(f"{before / 1e6:.1f} MB -> {after / 1e6:.1f} MB ({100 - 100 * after / before:.0f}% smaller)")
