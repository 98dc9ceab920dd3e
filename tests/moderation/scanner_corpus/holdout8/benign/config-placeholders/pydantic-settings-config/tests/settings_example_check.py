from pathlib import Path

from app.settings import Settings


def test_example_covers_required_fields():
    names = {line.split("=", 1)[0].lower() for line in Path(".env.example").read_text().splitlines() if "=" in line}
    required = {n for n, f in Settings.model_fields.items() if f.is_required()}
    assert required <= names


def test_secret_is_masked(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgresql://u:p@localhost/db")
    monkeypatch.setenv("STRIPE_SECRET_KEY", "sk_test_placeholder")
    s = Settings(_env_file=None)
    assert "sk_test" not in repr(s)
