"""The Celery app: background work (syncs, scans, rankings, pruning) on worker processes.

Configured from the Django settings whose names start with ``CELERY_``
(marketplace/settings: ``CELERY_BROKER_URL``...). Tasks live in each app's ``tasks``
module, thin wrappers over the services; django-celery-beat keeps the periodic schedules
in the database (``python manage.py schedules_ensure`` writes the defaults).

With no ``CELERY_BROKER_URL`` there is no broker: ``CELERY_TASK_ALWAYS_EAGER`` is on and a
task runs in the process that queues it (``make run`` and the tests need no worker). In
production (README, docs/DEPLOY.md):

    celery -A marketplace worker --loglevel=INFO
    celery -A marketplace beat --loglevel=INFO
"""

from __future__ import annotations

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings")

app = Celery("marketplace")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


def runs_in_process() -> bool:
    """True when there is no broker: a queued task runs at once, in this process."""
    return bool(app.conf.task_always_eager)


def task_named(name: str):
    """The registered task ``name`` (``skills.sync_source``...), importing the apps' tasks
    modules first: outside a worker they are only imported when something needs them."""
    app.loader.import_default_modules()
    return app.tasks[name]
