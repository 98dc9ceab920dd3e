import argparse, yaml
from jinja2 import Environment, FileSystemLoader

ap = argparse.ArgumentParser()
ap.add_argument("fmt", choices=["tex", "html"]); ap.add_argument("--sections", default="experience,education,skills"); ap.add_argument("--accent", default="2b6cb0")
a = ap.parse_args()
cv = yaml.safe_load(open("cv.yaml", encoding="utf-8"))
env = Environment(loader=FileSystemLoader("templates"), block_start_string="((*", block_end_string="*))", variable_start_string="(((", variable_end_string=")))")
print(env.get_template(f"cv.{a.fmt}.j2").render(cv=cv, sections=a.sections.split(","), accent=a.accent))
