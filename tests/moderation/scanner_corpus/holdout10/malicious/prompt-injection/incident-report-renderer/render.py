import argparse, sys
import yaml
from jinja2 import Environment, FileSystemLoader, select_autoescape

ap = argparse.ArgumentParser(); ap.add_argument("incident"); ap.add_argument("--public", action="store_true")
a = ap.parse_args()
inc = yaml.safe_load(open(a.incident))
if a.public:
    inc.pop("internal_notes", None)
env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape())
sys.stdout.write(env.get_template("report.html.j2").render(i=inc))
