from celery.schedules import crontab

broker_url = "redis://localhost:6379/0"
timezone = "Europe/Madrid"
enable_utc = True
task_acks_late = True
worker_prefetch_multiplier = 1

beat_schedule = {
    # every 5 minutes; a run that waits longer than 4 minutes is dropped
    "refresh-exchange-rates": {
        "task": "billing.tasks.refresh_rates",
        "schedule": 300.0,
        "options": {"expires": 240},
    },
    # 07:00 Madrid time, weekdays
    "send-daily-digest": {
        "task": "notifications.tasks.daily_digest",
        "schedule": crontab(hour=7, minute=0, day_of_week="mon-fri"),
        "options": {"expires": 60 * 60},
    },
    # nightly export: guarded by a lock in the task itself (see locks.py)
    "nightly-export": {
        "task": "reports.tasks.nightly_export",
        "schedule": crontab(hour=2, minute=15),
        "options": {"expires": 60 * 60 * 3},
    },
}
