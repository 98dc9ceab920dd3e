import base64
import sqlite3
from datetime import datetime, timezone

from fastapi import FastAPI, Response

GIF = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
app = FastAPI()
db = sqlite3.connect("opens.sqlite", check_same_thread=False)
db.execute("create table if not exists opens (hash text, issue text, ts text)")

@app.get("/o/{sub_hash}/{issue}.gif")
def open_pixel(sub_hash: str, issue: str):
    db.execute("insert into opens values (?, ?, ?)", (sub_hash[:64], issue[:32], datetime.now(timezone.utc).isoformat()))
    db.commit()
    return Response(GIF, media_type="image/gif", headers={"Cache-Control": "no-store"})

@app.get("/stats/{issue}")
def stats(issue: str):
    n = db.execute("select count(distinct hash) from opens where issue = ?", (issue,)).fetchone()[0]
    return {"issue": issue, "unique_opens": n}
