from celery.schedules import crontab

CELERY_BEAT_SCHEDULE = {
    "refresh-rankings": {
        "task": "rankings.tasks.refresh",
        "schedule": crontab(minute=0, hour="*/6"),
    },
    "cleanup-sessions": {
        "task": "accounts.tasks.clear_expired_sessions",
        "schedule": crontab(minute=30, hour=4),
    },
}
