import re
from pathlib import Path
from flask import Flask

app = Flask(__name__)
TODO = re.compile(r"(?P<who>\S+)さん(?:が|は)(?P<what>.+?)(?:を)?(?P<when>\d+月\d+日|来週\S+)?まで")

@app.get("/")
def draft():
    text = Path("/data/input.txt").read_text(encoding="utf-8")
    rows = [f"<tr><td>{m['who']}</td><td>{m['what']}</td><td>{m['when'] or '-'}</td></tr>" for m in TODO.finditer(text)]
    decided = [l for l in text.splitlines() if "決定" in l]
    return "<h1>議事録</h1><h2>決定事項</h2><ul>" + "".join(f"<li>{d}</li>" for d in decided) + \
        "</ul><h2>宿題</h2><table>" + "".join(rows) + "</table>"

app.run(host="0.0.0.0", port=8080)
