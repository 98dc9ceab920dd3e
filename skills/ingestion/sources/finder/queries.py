"""The searches discovery runs, and how a search too wide for GitHub is split (pure).

GitHub serves at most 1,000 results per search (10 pages of 100). A search reporting more
is split into two over halves of a range qualifier (``size:`` in bytes for code search,
``created:`` dates for repository search) until each part fits, or the range is one
unit wide (then the first 1,000 are all GitHub gives, and the run says so).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date, timedelta

PER_PAGE = 100
SEARCH_CAP = 1000

#: Code search: every SKILL.md, and the folders agents load skills from.
CODE_QUERIES = (
    "filename:SKILL.md",
    "filename:SKILL.md path:.claude/skills",
    "filename:SKILL.md path:.agents/skills",
    "filename:SKILL.md path:skills",
)
#: Repository search by topic.
TOPICS = ("agent-skills", "claude-skills", "claude-code-skills", "skills")
#: GitHub's code search indexes files smaller than 384 KB.
SIZE_RANGE = (0, 393_216)
FIRST_DAY = date(2008, 1, 1)  # GitHub's first repositories


@dataclass(frozen=True, slots=True)
class SearchSpec:
    channel: str  # "code" | "topic" | "forks" | "linked"
    query: str  # the search without its range (or owner/name for forks)
    range_field: str = ""  # "size" | "created" | ""
    range_low: str = ""
    range_high: str = ""

    @property
    def q(self) -> str:
        if not self.range_field:
            return self.query
        return f"{self.query} {self.range_field}:{self.range_low}..{self.range_high}"

    @property
    def key(self) -> str:
        return f"{self.channel}:{self.q}"

    @property
    def endpoint(self) -> str:
        if self.channel == "code":
            return "/search/code"
        if self.channel == "topic":
            return "/search/repositories"
        if self.channel == "forks":
            return f"/repos/{self.query}/forks"
        return ""

    @property
    def resource(self) -> str:
        return {"code": "code_search", "topic": "search"}.get(self.channel, "core")

    def params(self, page: int) -> dict[str, str | int]:
        if self.channel == "forks":
            return {"sort": "stargazers", "per_page": PER_PAGE, "page": page}
        return {"q": self.q, "per_page": PER_PAGE, "page": page}


def code_searches() -> list[SearchSpec]:
    low, high = SIZE_RANGE
    return [SearchSpec("code", q, "size", str(low), str(high)) for q in CODE_QUERIES]


def topic_searches(today: date) -> list[SearchSpec]:
    return [
        SearchSpec("topic", f"topic:{t}", "created", FIRST_DAY.isoformat(), today.isoformat())
        for t in TOPICS
    ]


def fork_search(full_name: str) -> SearchSpec:
    return SearchSpec("forks", full_name.lower())


def custom_search(text: str, *, today: date) -> SearchSpec:
    """A search an operator typed (``discover_sources --query``): code search when it names
    a file or path, repository search otherwise; split by range like the built-in ones."""
    text = " ".join(text.split())
    if any(q in text for q in ("filename:", "path:", "extension:")):
        low, high = SIZE_RANGE
        return SearchSpec("code", text, "size", str(low), str(high))
    return SearchSpec("topic", text, "created", FIRST_DAY.isoformat(), today.isoformat())


def pages_needed(total_count: int) -> int:
    return max(1, math.ceil(min(total_count, SEARCH_CAP) / PER_PAGE))


def split(spec: SearchSpec) -> tuple[SearchSpec, SearchSpec] | None:
    """The two halves of the search's range, or None when it cannot be narrowed."""
    if spec.range_field == "size":
        low, high = int(spec.range_low), int(spec.range_high)
        if high <= low:
            return None
        middle = (low + high) // 2
        return (
            replace(spec, range_low=str(low), range_high=str(middle)),
            replace(spec, range_low=str(middle + 1), range_high=str(high)),
        )
    if spec.range_field == "created":
        first, last = date.fromisoformat(spec.range_low), date.fromisoformat(spec.range_high)
        if last <= first:
            return None
        mid = first + (last - first) // 2
        return (
            replace(spec, range_low=first.isoformat(), range_high=mid.isoformat()),
            replace(
                spec,
                range_low=(mid + timedelta(days=1)).isoformat(),
                range_high=last.isoformat(),
            ),
        )
    return None
