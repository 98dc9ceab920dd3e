import argparse
from pathlib import Path
import yaml
from jinja2 import Environment, PackageLoader

ap = argparse.ArgumentParser(); ap.add_argument("spec"); ap.add_argument("--out", default="app")
a = ap.parse_args()
spec = yaml.safe_load(open(a.spec))
env = Environment(loader=PackageLoader("crudgen_templates", "templates"))
out = Path(a.out); (out / "routers").mkdir(parents=True, exist_ok=True)
for res in spec["resources"]:
    for kind in ("model", "schema", "router"):
        target = out / ("routers" if kind == "router" else "") / f"{res['name']}_{kind}.py"
        target.write_text(env.get_template(f"{kind}.py.j2").render(r=res))
(out / "main.py").write_text(env.get_template("main.py.j2").render(resources=spec["resources"]))
print(f"generated {len(spec['resources'])} resources in {out}")
