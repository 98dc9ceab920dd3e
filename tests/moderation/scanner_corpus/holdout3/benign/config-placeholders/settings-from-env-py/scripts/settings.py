import os
from dataclasses import dataclass, field, fields


class MissingSetting(RuntimeError):
    pass


def _req(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise MissingSetting(f"{name} is not set; see .env.example")
    return value


@dataclass(frozen=True)
class Settings:
    database_url: str = field(default_factory=lambda: _req("DATABASE_URL"))
    api_key: str = field(default_factory=lambda: _req("WEATHER_API_KEY"), repr=False)
    debug: bool = field(default_factory=lambda: os.environ.get("DEBUG", "false").lower() == "true")
    timeout_s: float = field(default_factory=lambda: float(os.environ.get("HTTP_TIMEOUT", "10")))

    def describe(self) -> dict[str, str]:
        """For start-up logs: secrets shown as set/unset only."""
        out = {}
        for f in fields(self):
            v = getattr(self, f.name)
            out[f.name] = ("set" if v else "unset") if not f.repr else str(v)
        return out


settings = Settings()
