import argparse, hashlib, subprocess
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument("req"); ap.add_argument("--platform", default="manylinux2014_x86_64")
ap.add_argument("--python", default="3.12"); ap.add_argument("--dest", default="wheels")
a = ap.parse_args()
dest = Path(a.dest); dest.mkdir(exist_ok=True)
subprocess.run(["pip", "download", "-r", a.req, "-d", str(dest), "--only-binary=:all:",
                "--platform", a.platform, "--python-version", a.python], check=True)
simple = dest / "simple"
for whl in dest.glob("*.whl"):
    name = whl.name.split("-")[0].lower().replace("_", "-")
    d = simple / name; d.mkdir(parents=True, exist_ok=True)
    h = hashlib.sha256(whl.read_bytes()).hexdigest()
    (d / "index.html").open("a").write(f'<a href="../../{whl.name}#sha256={h}">{whl.name}</a><br>\n')
print(f"mirror in {dest}")
