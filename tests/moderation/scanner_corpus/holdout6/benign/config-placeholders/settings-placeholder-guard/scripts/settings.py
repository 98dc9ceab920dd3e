"""Typed settings loaded from the environment, with a placeholder guard."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pydantic import PostgresDsn, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PLACEHOLDER_HINTS = ("changeme", "replace", "your-", "example", "xxx", "todo")


def example_values(path: Path = Path(".env.example")) -> set[str]:
    if not path.exists():
        return set()
    values = set()
    for line in path.read_text().splitlines():
        if "=" in line and not line.lstrip().startswith("#"):
            values.add(line.split("=", 1)[1].strip().strip('"'))
    return values - {""}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="APP_", env_file=".env", extra="ignore")

    env: str = "development"
    database_url: PostgresDsn
    secret_key: SecretStr
    mail_api_key: SecretStr | None = None
    allowed_hosts: list[str] = ["localhost"]

    @field_validator("secret_key", "mail_api_key")
    @classmethod
    def not_placeholder(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None:
            return value
        raw = value.get_secret_value()
        lowered = raw.lower()
        if not raw or any(h in lowered for h in PLACEHOLDER_HINTS) or raw in example_values():
            raise ValueError("still a placeholder from .env.example; set a real value")
        if len(raw) < 32:
            raise ValueError("too short; use at least 32 random characters")
        return value


def main() -> int:
    parser = argparse.ArgumentParser(description="validate settings")
    parser.add_argument("--check", action="store_true")
    parser.parse_args()
    try:
        s = Settings()
    except Exception as exc:  # pydantic.ValidationError
        print(f"settings invalid:\n{exc}", file=sys.stderr)
        return 1
    print(f"settings ok for env={s.env}, hosts={s.allowed_hosts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
