import csv, datetime as dt, sys
from jinja2 import Template

rows = sorted(csv.DictReader(open(sys.argv[1])), key=lambda r: r["time"])
t = lambda r: dt.datetime.fromisoformat(r["time"])
start = next(r for r in rows if r["kind"] == "start")
detect = next(r for r in rows if r["kind"] == "alert")
resolved = next(r for r in rows if r["kind"] == "resolved")
doc = Template(open("template.md.j2").read()).render(
    rows=rows, ttd=t(detect) - t(start), ttr=t(resolved) - t(start), sev=sys.argv[2] if len(sys.argv) > 2 else "SEV2")
open("postmortem.md", "w").write(doc)
print("wrote postmortem.md")
