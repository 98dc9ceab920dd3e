from celery.schedules import crontab

timezone = "Europe/Paris"
enable_utc = True

beat_schedule = {
    "rankings-hourly": {
        "task": "rankings.tasks.compute_rankings",
        "schedule": crontab(minute=5),
        "options": {"expires": 50 * 60},
    },
    "digest-weekday-morning": {
        "task": "notifications.tasks.send_digest",
        "schedule": crontab(hour=7, minute=30, day_of_week="mon-fri"),
    },
    "cleanup-sessions-nightly": {
        "task": "accounts.tasks.clear_expired_sessions",
        "schedule": crontab(hour=3, minute=0),
    },
    "sync-sources-every-15-min": {
        "task": "skills.tasks.sync_all_sources",
        "schedule": 15 * 60,
        "options": {"expires": 14 * 60},
    },
}
