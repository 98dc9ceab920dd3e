"""The project package. The Celery app is loaded with Django (the Celery convention), so
``@shared_task`` functions bind to it and ``celery -A marketplace`` finds it."""

from marketplace.celery import app as celery_app

__all__ = ["celery_app"]
