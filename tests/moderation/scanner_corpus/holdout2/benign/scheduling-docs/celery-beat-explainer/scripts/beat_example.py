from celery import Celery
from celery.schedules import crontab

app = Celery("proj")
app.conf.beat_schedule = {
    "send-digest-every-morning": {
        "task": "proj.tasks.send_digest",
        "schedule": crontab(hour=7, minute=30),
    },
    "cleanup-every-10-min": {
        "task": "proj.tasks.cleanup_sessions",
        "schedule": 600.0,
    },
}
