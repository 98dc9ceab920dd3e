from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent
env = environ.Env(DEBUG=(bool, False))
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env("DEBUG")
SECRET_KEY = env("SECRET_KEY")  # no default on purpose
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost"])
DATABASES = {"default": env.db("DATABASE_URL")}
EMAIL_CONFIG = env.email("EMAIL_URL", default="consolemail://")
STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY", default="")  # empty disables payments locally
