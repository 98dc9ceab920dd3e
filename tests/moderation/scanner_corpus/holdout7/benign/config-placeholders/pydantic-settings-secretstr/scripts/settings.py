"""Application settings with secrets that do not leak into logs."""
import sys

from pydantic import Field, PostgresDsn, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="APP_", extra="ignore")

    database_url: PostgresDsn = Field(description="Postgres connection string")
    openai_api_key: SecretStr = Field(description="OpenAI key for summaries")
    smtp_password: SecretStr | None = Field(default=None, description="SMTP password")
    debug: bool = False
    workers: int = 4


PLACEHOLDERS = {
    "database_url": "postgres://app:password@localhost:5432/app",
    "openai_api_key": "sk-your-openai-key",
    "smtp_password": "change-me",
}


def example() -> str:
    lines = []
    for name, field in Settings.model_fields.items():
        lines.append(f"# {field.description or name}")
        default = PLACEHOLDERS.get(name, field.default)
        lines.append(f"APP_{name.upper()}={'' if default is None else default}")
    return "\n".join(lines)


if __name__ == "__main__":
    if "--example" in sys.argv:
        print(example())
    else:
        print(Settings())  # secrets show as '**********'
