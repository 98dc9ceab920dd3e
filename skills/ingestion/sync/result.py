"""What a sync reports: counts, problems and errors; stored on the source as ``last_stats``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field

Progress = Callable[[str, int, int], None]  # (event, done, total); event "start"|"skill"|"done"


@dataclass
class SyncResult:
    source_id: str = ""
    source_name: str = ""
    found: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    refused: dict[str, int] = field(default_factory=dict)
    gone: int = 0
    returned: int = 0
    published: int = 0
    stars_changed: int = 0  # skills whose GitHub star count changed
    children: int = 0
    skill_errors: list[dict] = field(default_factory=list)
    problems: list[dict] = field(default_factory=list)
    commit: str = ""
    github: str = ""
    error: str = ""
    # The failure is worth retrying later (network, rate limit: marketplace.retry), and
    # after how many seconds when the other side said so.
    transient: bool = False
    retry_after: float | None = None
    dry_run: bool = False
    complete: bool = False  # every skill was looked at (gone-marking ran)
    same_commit: bool = False  # the commit had not moved: nothing was fetched
    fingerprint: str = ""
    seconds: float = 0.0
    # Set when the skills are written by other tasks (skills.ingestion.sync.fanout): what
    # they need. Not part of the stored stats.
    handoff: dict | None = None

    @property
    def ok(self) -> bool:
        return not self.error

    def as_dict(self) -> dict:
        data = asdict(self)
        data.pop("handoff", None)
        data["skill_errors"] = data["skill_errors"][:50]
        data["problems"] = data["problems"][:50]
        return data
