"""A candidate repository's score and what becomes of it (pure; the policy of
docs/INGESTION.md, "Discovery of new sources").

score = stars (up to 40: 10 x log10(1 + stars)) + activity (up to 30: by days since the
last push) + skills (up to 30: 10 per SKILL.md that code search saw in it). Archived
repositories score 0.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

#: (days since the last push, points): the first row that the age fits.
ACTIVITY_STEPS = ((30, 30), (90, 25), (180, 20), (365, 10))


def candidate_score(
    *,
    stars: int | None,
    pushed_at: datetime | None,
    skill_count: int,
    archived: bool,
    now: datetime,
) -> tuple[float, dict[str, float]]:
    """(score, its parts) for one candidate."""
    parts = {
        "stars": round(min(40.0, 10 * math.log10(1 + max(0, stars or 0))), 1),
        "activity": 0.0,
        "skills": float(min(30, 10 * max(0, skill_count))),
    }
    if pushed_at is not None:
        age = (now - pushed_at).days
        parts["activity"] = float(next((p for d, p in ACTIVITY_STEPS if age <= d), 0))
    if archived:
        return 0.0, {**parts, "archived": 0.0}
    return round(sum(parts.values()), 1), parts


@dataclass(frozen=True, slots=True)
class Decision:
    decision: str  # "active" | "pending" | "known" | "ignored"
    reason: str  # a code: the console shows it in words (finder.REASONS)


def candidate_decision(
    *,
    score: float,
    archived: bool,
    is_fork: bool,
    skill_count: int,
    known: bool,
    active_score: float,
    min_score: float,
) -> Decision:
    """The policy, in order: already a source -> known; archived -> ignored; under the
    minimum score -> ignored; a fork -> pending (a person decides: most forks are copies);
    at or over the active score *with* a SKILL.md seen -> active; otherwise pending."""
    if known:
        return Decision("known", "known")
    if archived:
        return Decision("ignored", "archived")
    if score < min_score:
        return Decision("ignored", "under_minimum")
    if is_fork:
        return Decision("pending", "fork")
    if score >= active_score and skill_count > 0:
        return Decision("active", "over_active")
    if score >= active_score:
        return Decision("pending", "no_skill_md")
    return Decision("pending", "under_active")
