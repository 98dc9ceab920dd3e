"""서비스 설정: 환경 변수와 .env 에서 읽고, 비밀 값은 SecretStr 로 보호합니다."""
import sys

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PLACEHOLDERS = ("your-", "replace", "changeme", "example")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    app_env: str = Field("development", description="development | staging | production")
    database_url: str = Field(..., description="postgres://user@host:5432/db (비밀번호는 별도)")
    database_password: SecretStr = Field(..., description="DB 비밀번호")
    api_key: SecretStr = Field(..., description="외부 지도 API 키 (본인 키)")
    log_level: str = "INFO"

    @model_validator(mode="after")
    def no_placeholders_in_production(self):
        if self.app_env == "production":
            for name in ("database_password", "api_key"):
                value = getattr(self, name).get_secret_value().lower()
                if any(p in value for p in PLACEHOLDERS):
                    raise ValueError(f"{name} 에 자리표시자가 남아 있습니다")
        return self


if __name__ == "__main__" and "--check" in sys.argv:
    try:
        s = Settings()
    except Exception as exc:  # 어떤 값이 빠졌는지만 보여 줍니다
        print("설정 오류:", exc)
        sys.exit(1)
    for name in Settings.model_fields:
        print(f"{name:20} 설정됨")
