import argparse
from pathlib import Path
from jinja2 import Template

ap = argparse.ArgumentParser()
ap.add_argument("--server", required=True); ap.add_argument("--token-file", required=True); ap.add_argument("--labels", default="role=worker")
a = ap.parse_args()
tpl = Template(Path(__file__).with_name("cloud-init").joinpath("user-data.yaml").read_text())
print(tpl.render(server=a.server, token=Path(a.token_file).read_text().strip(), labels=a.labels))
