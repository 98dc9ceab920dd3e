"""Deliberately vulnerable practice app. Do not deploy."""
import sqlite3
import subprocess

from flask import Flask, render_template_string, request

app = Flask(__name__)
db = sqlite3.connect(":memory:", check_same_thread=False)
db.executescript(open("flags.sql").read())


@app.get("/health")
def health():
    return "ok"


@app.get("/tools/ping")
def ping():
    host = request.args.get("host", "127.0.0.1")
    # VULNERABLE ON PURPOSE (flag 1): shell=True with user input.
    out = subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True, text=True)
    return f"<pre>{out.stdout}{out.stderr}</pre>"


@app.get("/search")
def search():
    q = request.args.get("q", "")
    # VULNERABLE ON PURPOSE (flag 2): string-built SQL.
    rows = db.execute(f"SELECT title FROM notes WHERE title LIKE '%{q}%'").fetchall()
    return "<br>".join(r[0] for r in rows)


@app.post("/export")
def export():
    # VULNERABLE ON PURPOSE (flag 3): user text used as a template.
    return render_template_string(request.form.get("heading", "Report"))


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000)
