import sys
import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined

env = Environment(loader=FileSystemLoader("templates"), undefined=StrictUndefined, autoescape=False)
facts = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
sys.stdout.write(env.get_template("postmortem.md.j2").render(**facts))
