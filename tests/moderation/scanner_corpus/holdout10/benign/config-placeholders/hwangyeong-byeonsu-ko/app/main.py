import logging

from app.settings import Settings

settings = Settings()
logging.basicConfig(level=settings.log_level)
log = logging.getLogger("app")
# SecretStr 덕분에 비밀 값은 '**********' 로 찍힙니다.
log.info("시작 설정: %s", settings)
