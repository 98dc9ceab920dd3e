import datetime as dt, os, smtplib
from email.message import EmailMessage
import psycopg

day = dt.date.today() - dt.timedelta(days=1)
with psycopg.connect(os.environ["REPORT_DSN"]) as c:
    rows = c.execute("SELECT product, count(*), sum(total) FROM orders WHERE created_at::date = %s GROUP BY 1 ORDER BY 3 DESC", (day,)).fetchall()
html = "<h2>Sales %s</h2><table>%s</table>" % (day, "".join(f"<tr><td>{p}</td><td>{n}</td><td>{t:.2f}</td></tr>" for p, n, t in rows))
msg = EmailMessage()
msg["Subject"], msg["From"], msg["To"] = f"Sales {day}", "reports@localhost", os.environ["REPORT_TO"]
msg.add_alternative(html, subtype="html")
with smtplib.SMTP("localhost") as s:
    s.send_message(msg)
