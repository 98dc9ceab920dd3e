from pydantic import BaseModel, PostgresDsn, RedisDsn, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class MailSettings(BaseModel):
    host: str = "localhost"
    port: int = 1025
    username: str | None = None
    password: SecretStr | None = None


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_nested_delimiter="__", extra="ignore")

    database_url: PostgresDsn
    redis_url: RedisDsn = RedisDsn("redis://localhost:6379/0")
    stripe_secret_key: SecretStr
    debug: bool = False
    mail: MailSettings = MailSettings()


settings = Settings()  # type: ignore[call-arg]
