"""The popularity score: explainable rules, in one place, with no Django in them.

Each rule has a name, a weight, a maximum and a message (like Django Packages' package
scores). A rule turns the inputs of one skill into a signal; its contribution is
`weight * signal`, clamped to `[-maximum, maximum]` (or `[-penalty, maximum]` for a rule
that takes away more than it gives: a failing security scan). The score is the sum of the
contributions. `compute_rankings` calls `score_breakdown` once per skill in one pass over
plain rows, the public "How ranking works" page (/rankings/how/) is generated from
`RULES`, and the skill page shows the stored per-rule contributions ("why this rank").

On top of the rules, the ranking enforces one invariant that a sum cannot: a mirror
(a copy of another listing) never outranks its canonical listing (`mirror_cap`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

# Windows, in whole UTC days ending on the ranking date (inclusive).
WEEK_DAYS = 7
MONTH_DAYS = 30
TRENDING_DAYS = 7  # the recent window; the previous window has the same length
NEW_DAYS = 30  # the "new" board lists skills first seen this many days ago or less
# Installs of the last 30 days count less the older they are: weight per week of age.
DECAY_WEEKS = (1.0, 0.7, 0.5, 0.3, 0.3)  # days 0-6, 7-13, 14-20, 21-27, 28-29
MIRROR_GAP = 0.01  # a mirror's score stays at least this far below its canonical's


def gettext_noop(text: str) -> str:
    """Marks a rule's words for translation (``makemessages`` finds them by this name);
    the pages translate them when they show them (``rankings_tags.rule_text``)."""
    return text


@dataclass(frozen=True)
class ScoreInputs:
    """Everything the rules look at for one skill (plain values, no model instances)."""

    installs_total: int = 0
    installs_7d: int = 0
    installs_decayed_30d: float = 0.0
    downloads_total: int = 0
    copies_total: int = 0
    stars: int = 0
    days_since_change: int | None = None
    is_spec_valid: bool = False
    license: str = ""
    license_confidence: float = 0.0
    security_verdict: str = ""
    is_mirror: bool = False


@dataclass(frozen=True)
class Rule:
    name: str
    title: str
    weight: float
    maximum: float
    message: str  # how the rule works, shown on /rankings/how/
    signal: Callable[[ScoreInputs], float] = field(repr=False)
    detail: Callable[[ScoreInputs], str] = field(repr=False)  # this skill's value, in words
    uses: tuple[str, ...] = ()  # the ScoreInputs fields the signal reads (for score_table)
    #: What the rule can take away, when that differs from what it can give (the security
    #: scan gives at most 5 and takes 500 for a failing scan); 0 means `maximum`.
    penalty: float = 0.0
    penalty_message: str = ""  # how the penalty works, shown apart from `message`

    def points(self, inputs: ScoreInputs) -> float:
        raw = self.weight * self.signal(inputs)
        return round(max(-(self.penalty or self.maximum), min(self.maximum, raw)), 3)

    @property
    def is_penalty(self) -> bool:
        return self.weight < 0


def _log10p(value: float) -> float:
    return math.log10(1.0 + max(0.0, value))


def _freshness(days: int | None) -> float:
    if days is None:
        return 0.0
    if days <= 30:
        return 1.0
    if days <= 90:
        return 0.7
    if days <= 180:
        return 0.4
    if days <= 365:
        return 0.2
    return 0.0


_VERDICT_SIGNAL = {"pass": 1.0, "review": 0.0, "": 0.0, "fail": -1.0}


def _security(inputs: ScoreInputs) -> float:
    verdict = inputs.security_verdict or ""
    if verdict == "fail":
        return -100.0  # times the weight, clamped to -penalty: sinks the skill
    return _VERDICT_SIGNAL.get(verdict, 0.0)


def _plural(n: float, word: str) -> str:
    n = round(n, 1) if isinstance(n, float) and not float(n).is_integer() else int(n)
    return f"{n:,} {word}{'' if n == 1 else 's'}"


RULES: tuple[Rule, ...] = (
    Rule(
        name="installs_week",
        uses=("installs_7d",),
        title=gettext_noop("Installs this week"),
        weight=8.0,
        maximum=25.0,
        message=gettext_noop(
            "Installs counted in the last 7 days, log-scaled: 8 x log10(1 + installs). "
            "10 installs give 8.3 points, 100 give 16, 1,000 give 24."
        ),
        signal=lambda i: _log10p(i.installs_7d),
        detail=lambda i: f"{_plural(i.installs_7d, 'install')} in the last 7 days",
    ),
    Rule(
        name="installs_month",
        uses=("installs_decayed_30d",),
        title=gettext_noop("Recent installs (decayed)"),
        weight=6.0,
        maximum=20.0,
        message=gettext_noop(
            "Installs of the last 30 days, each weighted by its age (this week 100%, last "
            "week 70%, two weeks ago 50%, older 30%), log-scaled: 6 x log10(1 + weighted installs)."
        ),
        signal=lambda i: _log10p(i.installs_decayed_30d),
        detail=lambda i: f"{i.installs_decayed_30d:,.1f} weighted installs in the last 30 days",
    ),
    Rule(
        name="installs_all_time",
        uses=("installs_total",),
        title=gettext_noop("All-time installs"),
        weight=4.0,
        maximum=15.0,
        message=gettext_noop("Every install ever counted, log-scaled: 4 x log10(1 + installs)."),
        signal=lambda i: _log10p(i.installs_total),
        detail=lambda i: f"{_plural(i.installs_total, 'install')} in total",
    ),
    Rule(
        name="downloads_copies",
        uses=("downloads_total", "copies_total"),
        title=gettext_noop("Downloads and copies"),
        weight=3.0,
        maximum=10.0,
        message=gettext_noop(
            "ZIP downloads plus half the copies of the install command, all time, "
            "log-scaled: 3 x log10(1 + downloads + copies / 2)."
        ),
        signal=lambda i: _log10p(i.downloads_total + i.copies_total / 2),
        detail=lambda i: (
            f"{_plural(i.downloads_total, 'download')} and {_plural(i.copies_total, 'copy')}"
        ).replace("copys", "copies"),
    ),
    Rule(
        name="stars",
        uses=("stars",),
        title=gettext_noop("GitHub stars"),
        weight=3.0,
        maximum=10.0,
        message=gettext_noop(
            "Stars of the repository on GitHub, log-scaled: 3 x log10(1 + stars)."
        ),
        signal=lambda i: _log10p(i.stars),
        detail=lambda i: _plural(i.stars, "star"),
    ),
    Rule(
        name="freshness",
        uses=("days_since_change",),
        title=gettext_noop("Freshness"),
        weight=10.0,
        maximum=10.0,
        message=gettext_noop(
            "When the skill last changed: within 30 days 10 points, 90 days 7, 180 days 4, "
            "a year 2, older 0."
        ),
        signal=lambda i: _freshness(i.days_since_change),
        detail=lambda i: (
            "never changed"
            if i.days_since_change is None
            else f"changed {_plural(i.days_since_change, 'day')} ago"
        ),
    ),
    Rule(
        name="spec_valid",
        uses=("is_spec_valid",),
        title=gettext_noop("Valid SKILL.md"),
        weight=5.0,
        maximum=5.0,
        message=gettext_noop(
            "5 points when the SKILL.md passes the Agent Skills specification checks."
        ),
        signal=lambda i: 1.0 if i.is_spec_valid else 0.0,
        detail=lambda i: "follows the specification" if i.is_spec_valid else "has spec problems",
    ),
    Rule(
        name="license",
        uses=("license", "license_confidence"),
        title=gettext_noop("Clear license"),
        weight=5.0,
        maximum=5.0,
        message=gettext_noop(
            "Up to 5 points for a detected license, times the confidence of the detection "
            "(an unclear or missing license gives 0)."
        ),
        signal=lambda i: max(0.0, min(1.0, i.license_confidence)) if i.license else 0.0,
        detail=lambda i: (
            f"{i.license} ({i.license_confidence:.0%} confidence)"
            if i.license
            else "no license found"
        ),
    ),
    Rule(
        name="security",
        uses=("security_verdict",),
        title=gettext_noop("Security scan"),
        weight=5.0,
        maximum=5.0,
        penalty=500.0,
        message=gettext_noop(
            "5 points when the security scan passes, 0 while it is unscanned or under review."
        ),
        penalty_message=gettext_noop(
            "A failing scan subtracts 500 points, which sinks the skill below every other."
        ),
        signal=_security,
        detail=lambda i: {
            "pass": "passed",
            "review": "under review",
            "fail": "failed",
            "": "not scanned yet",
        }.get(i.security_verdict or "", i.security_verdict),
    ),
    Rule(
        name="mirror",
        uses=("is_mirror",),
        title=gettext_noop("Mirror penalty"),
        weight=-20.0,
        maximum=20.0,
        message=gettext_noop(
            "A mirror (a copy of a skill listed elsewhere) loses 20 points, and is always "
            "ranked below its canonical listing."
        ),
        signal=lambda i: 1.0 if i.is_mirror else 0.0,
        detail=lambda i: "copy of another listing" if i.is_mirror else "original listing",
    ),
)

RULES_BY_NAME: dict[str, Rule] = {rule.name: rule for rule in RULES}
MAX_SCORE: float = sum(rule.maximum for rule in RULES if rule.weight > 0)


def score_breakdown(inputs: ScoreInputs) -> list[dict]:
    """Each rule's contribution for one skill: name, title, points, maximum, detail."""
    return [
        {
            "rule": rule.name,
            "title": rule.title,
            "points": rule.points(inputs),
            "maximum": rule.maximum,
            "detail": rule.detail(inputs),
        }
        for rule in RULES
    ]


def score_compute(inputs: ScoreInputs) -> tuple[float, dict[str, float]]:
    """The score and the compact per-rule contributions stored on SkillPopularity.

    The stored form is `{rule name: points}` with zero contributions left out (the page
    fills them in from RULES), which keeps 100,000 rows small.
    """
    parts: dict[str, float] = {}
    total = 0.0
    for rule in RULES:
        points = rule.points(inputs)
        if points:
            parts[rule.name] = points
            total += points
    return round(total, 3), parts


def score_table(columns: Mapping[str, Sequence]) -> tuple[list[float], list[tuple[float, ...]]]:
    """`score_compute` for many skills at once: the same rules, column by column.

    `columns` maps each ScoreInputs field to one value per skill. Each rule is evaluated
    once per distinct value of the fields it `uses` (most skills share them: zero
    installs, the same verdict...), through the very `Rule.points` used for one skill, so
    the two paths cannot disagree. About 100,000 skills in well under a second.
    Returns the totals and every rule's points per skill, in RULES order with zeros
    included (plain numbers: cheap to hash); `compact_parts` turns one skill's points into
    the stored form of `score_compute`.
    """
    per_rule: list[list[float]] = []
    for rule in RULES:
        if len(rule.uses) == 1:
            keys: list = list(columns[rule.uses[0]])
            cache = {k: rule.points(ScoreInputs(**{rule.uses[0]: k})) for k in set(keys)}
        else:
            keys = list(zip(*(columns[name] for name in rule.uses), strict=True))
            cache = {
                k: rule.points(ScoreInputs(**dict(zip(rule.uses, k, strict=True))))
                for k in set(keys)
            }
        per_rule.append(list(map(cache.__getitem__, keys)))
    points = list(zip(*per_rule, strict=True))
    return [round(total, 3) for total in map(sum, points)], points


def compact_parts(points: Sequence[float]) -> dict[str, float]:
    """One skill's points (RULES order, as from `score_table`) in the stored form: {rule
    name: points}, zero contributions left out."""
    return {name: p for name, p in zip(RULES_BY_NAME, points, strict=True) if p}


def decayed_installs(weekly: list[float] | tuple[float, ...]) -> float:
    """Installs per week of age (newest first) weighted by DECAY_WEEKS."""
    return sum(w * n for w, n in zip(DECAY_WEEKS, weekly, strict=False))


def trending_score(*, recent: float, previous: float) -> float:
    """Growth of the recent window over the previous one.

    `(recent - previous) / sqrt(previous + 5)`: a skill going from 0 to 50 scores 22, a
    big flat skill (1,000 then 1,000) scores 0, and a big riser (1,000 then 2,000) 31.
    Needs at least 3 events in the recent window to count as trending.
    """
    if recent < 3:
        return 0.0
    return round((recent - previous) / math.sqrt(previous + 5.0), 3)


def mirror_cap(scores: dict, mirror_of: Mapping) -> dict:
    """Cap each mirror's value strictly below its canonical's; returns {id: new value}.

    `mirror_of` maps a mirror to its canonical; chains (a mirror of a mirror) are followed.
    Canonicals that are not in `scores` (not ranked) do not cap anything.
    """
    capped: dict = {}
    for _ in range(8):  # chains are short; 8 passes settle any realistic chain
        changed = False
        for mirror, canonical in mirror_of.items():
            if mirror not in scores or canonical not in scores or mirror == canonical:
                continue
            ceiling = capped.get(canonical, scores[canonical]) - MIRROR_GAP
            current = capped.get(mirror, scores[mirror])
            if current > ceiling:
                capped[mirror] = round(ceiling, 3)
                changed = True
        if not changed:
            break
    return capped


def days_between(later: date, earlier: datetime | date | None) -> int | None:
    if earlier is None:
        return None
    earlier_day = earlier.date() if isinstance(earlier, datetime) else earlier
    return max(0, (later - earlier_day).days)


def breakdown_rows(breakdown: Mapping | list | None) -> list[dict]:
    """The stored contributions merged with RULES, for the "why this rank" partial."""
    stored = breakdown if isinstance(breakdown, Mapping) else {}
    rows = [
        {
            "rule": rule.name,
            "title": rule.title,
            "points": float(stored.get(rule.name, 0.0)),
            "maximum": rule.maximum,
            "penalty": rule.penalty,
            "penalty_message": rule.penalty_message,
            "message": rule.message,
            "is_penalty": rule.is_penalty,
        }
        for rule in RULES
    ]
    if "mirror_cap" in stored:
        rows.append(
            {
                "rule": "mirror_cap",
                "title": gettext_noop("Kept below its canonical listing"),
                "points": float(stored["mirror_cap"]),
                "maximum": 0.0,
                "message": gettext_noop("A mirror never outranks the skill it copies."),
                "is_penalty": True,
            }
        )
    return rows
