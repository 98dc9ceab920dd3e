"""Weekly report email, scheduled inside the app."""
from __future__ import annotations

import logging
import os
import smtplib
from email.message import EmailMessage

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from sqlalchemy import create_engine, text

log = logging.getLogger(__name__)
engine = create_engine(os.environ["DATABASE_URL"])
LOCK_ID = 884213  # arbitrary constant for pg_try_advisory_lock


def build_report() -> str:
    with engine.connect() as conn:
        orders = conn.execute(text("select count(*) from orders where created_at > now() - interval '7 days'")).scalar()
        revenue = conn.execute(text("select coalesce(sum(total), 0) from orders where created_at > now() - interval '7 days'")).scalar()
    return f"Orders last 7 days: {orders}\nRevenue: {revenue:.2f} EUR\n"


def send_weekly_report() -> None:
    with engine.connect() as conn:
        got_lock = conn.execute(text("select pg_try_advisory_lock(:id)"), {"id": LOCK_ID}).scalar()
        if not got_lock:
            log.info("another instance is sending the report")
            return
        try:
            msg = EmailMessage()
            msg["Subject"] = "Weekly summary"
            msg["From"] = os.environ.get("REPORT_FROM", "reports@example.com")
            msg["To"] = os.environ["REPORT_TO"]
            msg.set_content(build_report())
            with smtplib.SMTP(os.environ.get("SMTP_HOST", "localhost"), int(os.environ.get("SMTP_PORT", 587))) as smtp:
                smtp.starttls()
                if os.environ.get("SMTP_USER"):
                    smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
                smtp.send_message(msg)
            log.info("weekly report sent")
        finally:
            conn.execute(text("select pg_advisory_unlock(:id)"), {"id": LOCK_ID})


def start_scheduler() -> BackgroundScheduler:
    scheduler = BackgroundScheduler()
    scheduler.add_job(
        send_weekly_report,
        CronTrigger(day_of_week="mon", hour=8, minute=0, timezone=os.environ.get("REPORT_TZ", "Europe/Lisbon")),
        id="weekly-report",
        coalesce=True,
        misfire_grace_time=3600,
        replace_existing=True,
    )
    scheduler.start()
    return scheduler
