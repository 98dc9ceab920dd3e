"""Read *_FILE variables (Docker secrets) falling back to plain variables."""
import os


def secret(name, default=None):
    path = os.environ.get(f"{name}_FILE")
    if path and os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            return fh.read().strip()
    return os.environ.get(name, default)


DATABASE_PASSWORD = secret("DATABASE_PASSWORD")
SECRET_KEY = secret("SECRET_KEY")
