"""Read settings from the environment; fail loudly when a required one is missing."""
import os
from django.core.exceptions import ImproperlyConfigured


def env(name: str, default: str | None = None, *, required: bool = False) -> str | None:
    value = os.environ.get(name, default)
    if required and not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable (see .env.example)")
    return value


SECRET_KEY = env("DJANGO_SECRET_KEY", required=True)
DEBUG = env("DJANGO_DEBUG", "false").lower() == "true"
ALLOWED_HOSTS = [h for h in env("DJANGO_ALLOWED_HOSTS", "localhost").split(",") if h]
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": env("DB_NAME", "app"),
                         "USER": env("DB_USER", "app"), "PASSWORD": env("DB_PASSWORD", required=True),
                         "HOST": env("DB_HOST", "localhost")}}
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")

# .env.example
# DJANGO_SECRET_KEY=generate-with-python-c-"import secrets; print(secrets.token_urlsafe(50))"
# DB_PASSWORD=change-me
