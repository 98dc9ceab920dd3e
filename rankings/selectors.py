"""Reads of the rankings domain: boards with movement, rank history, installs per day.

Pages and the API read the daily snapshots written by `compute_rankings`; before the
first snapshot a board falls back to the live listing by installs. Every function here
runs a small, fixed number of queries (no N+1): see the query budgets in the tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from django.db import connections, router
from django.db.models import Count, F, FloatField, Max, QuerySet
from django.db.models.functions import Cast, TruncDate
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from rankings import scoring
from rankings.models import (
    INTENT_KINDS,
    Board,
    EventKind,
    SkillAddressSpread,
    SkillDailyCount,
    SkillEvent,
    SkillRankSnapshot,
)
from skills.models import Skill

BOARDS = {
    Board.TOP.value: _("Top skills"),
    Board.TRENDING.value: _("Trending"),
    Board.NEW.value: _("New and notable"),
}
CATEGORY_PREFIX = "cat:"


@dataclass
class BoardEntry:
    rank: int
    skill: Skill
    score: float
    movement: str  # "up" | "down" | "new" | "same"
    delta: int = 0  # places gained (negative: lost)
    previous_rank: int | None = None


class BoardPage(list):
    """A list of BoardEntry with where it came from (a snapshot date, or live)."""

    board: str = ""
    date: date | None = None
    previous_date: date | None = None
    is_live: bool = False


def board_name(*, board: str = Board.TOP.value, category: str | None = None) -> str:
    return f"{CATEGORY_PREFIX}{category}" if category else board


def _today() -> date:
    return timezone.now().astimezone(UTC).date()


def board_entries(
    *,
    board: str,
    date: date | None = None,
    category: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> BoardPage:
    """The board's latest snapshot (or the latest on or before `date`), with movement:
    `limit` entries from rank `offset + 1`.

    Movement compares each skill's rank with the board's previous snapshot: "new" when it
    was not on it, "same" for everything when there is no previous snapshot. Four queries.
    """
    board = board_name(board=board, category=category)
    limit = max(1, min(int(limit), 1000))
    offset = max(0, int(offset))
    page = BoardPage()
    page.board = board
    snapshots = SkillRankSnapshot.objects.filter(board=board)
    if date is not None:
        snapshots = snapshots.filter(date__lte=date)
    latest = snapshots.aggregate(latest=Max("date"))["latest"]
    if latest is None:
        return _board_live(page, board=board, limit=limit, offset=offset)
    previous = SkillRankSnapshot.objects.filter(board=board, date__lt=latest).aggregate(
        p=Max("date")
    )["p"]
    rows = list(
        SkillRankSnapshot.objects.filter(board=board, date=latest)
        .select_related("skill", "skill__category", "skill__popularity")
        .order_by("rank")[offset : offset + limit]
    )
    before: dict = {}
    if previous is not None:
        before = dict(
            SkillRankSnapshot.objects.filter(
                board=board, date=previous, skill_id__in=[r.skill_id for r in rows]
            ).values_list("skill_id", "rank")
        )
    for row in rows:
        old = before.get(row.skill_id)
        if previous is None:
            movement, delta = "same", 0
        elif old is None:
            movement, delta = "new", 0
        else:
            delta = old - row.rank
            movement = "up" if delta > 0 else "down" if delta < 0 else "same"
        page.append(BoardEntry(row.rank, row.skill, row.score, movement, delta, old))
    page.date, page.previous_date = latest, previous
    return page


def _board_live(page: BoardPage, *, board: str, limit: int, offset: int = 0) -> BoardPage:
    """Before the first snapshot: published skills by installs (then stars and name)."""
    skills = Skill.objects.published().select_related("category", "popularity")
    if board.startswith(CATEGORY_PREFIX):
        skills = skills.filter(category__key=board.removeprefix(CATEGORY_PREFIX))
    elif board == Board.NEW.value:
        skills = skills.filter(first_seen_at__gte=timezone.now() - timedelta(days=scoring.NEW_DAYS))
    skills = skills.order_by(
        F("popularity__installs_total").desc(nulls_last=True), "-stars", "name"
    )[offset : offset + limit]
    for rank, skill in enumerate(skills, start=offset + 1):
        popularity = getattr(skill, "popularity", None)
        page.append(BoardEntry(rank, skill, popularity.score if popularity else 0.0, "same"))
    page.is_live = True
    return page


def skill_rank_history(
    *, skill, board: str = Board.TOP.value, days: int = 90
) -> list[tuple[date, int]]:
    """(date, rank) of the skill on the board over the last `days` days, oldest first."""
    since = _today() - timedelta(days=days - 1)
    return list(
        SkillRankSnapshot.objects.filter(skill=skill, board=board, date__gte=since)
        .order_by("date")
        .values_list("date", "rank")
    )


def skill_daily_installs(*, skill, days: int = 90) -> list[tuple[date, int]]:
    """Counted installs per UTC day over the last `days` days (zeros included), oldest first.

    Days that still have raw events are counted from them; older days from the daily
    summary (pruned days). Two queries.
    """
    today = _today()
    since = today - timedelta(days=days - 1)
    per_day = dict(
        SkillDailyCount.objects.filter(skill=skill, kind="install", day__gte=since).values_list(
            "day", "count"
        )
    )
    raw = (
        SkillEvent.objects.filter(
            skill=skill,
            kind="install",
            counted=True,
            created_at__gte=datetime(since.year, since.month, since.day, tzinfo=UTC),
        )
        .annotate(day=TruncDate("created_at", tzinfo=UTC))
        .order_by()
        .values("day")
        .annotate(n=Count("pk"))
        .values_list("day", "n")
    )
    per_day.update(dict(raw))  # a day with raw events is read from them
    return [
        (since + timedelta(days=i), int(per_day.get(since + timedelta(days=i), 0)))
        for i in range(days)
    ]


_CHARTS_SQL = (
    "SELECT 0, date, rank FROM {snapshots}"
    " WHERE skill_id = %s AND board = %s AND date >= %s"
    " UNION ALL SELECT 1, day, count FROM {daily}"
    " WHERE skill_id = %s AND kind = %s AND day >= %s"
    " UNION ALL SELECT 2, {event_day}, COUNT(id) FROM {events}"
    " WHERE skill_id = %s AND kind = %s AND counted AND created_at >= %s GROUP BY 2"
)


def skill_charts(
    *, skill, board: str = Board.TOP.value, days: int = 90
) -> tuple[list[tuple[date, int]], list[tuple[date, int]]]:
    """(`skill_rank_history`, `skill_daily_installs`) of the skill page's charts, the same
    lists from one hand-written statement instead of three ORM statements: building and
    compiling those cost more CPU than running them (about a tenth of an uncached skill
    page, issue #23, fourth pass)."""
    today = _today()
    since = today - timedelta(days=days - 1)
    since_at = datetime(since.year, since.month, since.day, tzinfo=UTC)
    connection = connections[router.db_for_read(SkillEvent)]
    created = SkillEvent._meta.get_field("created_at")
    day_sql, day_params = connection.ops.datetime_cast_date_sql(
        connection.ops.quote_name("created_at"), (), "UTC"
    )
    sql = _CHARTS_SQL.format(
        snapshots=SkillRankSnapshot._meta.db_table,
        daily=SkillDailyCount._meta.db_table,
        events=SkillEvent._meta.db_table,
        event_day=day_sql,
    )
    me = Skill._meta.pk.get_db_prep_value(getattr(skill, "pk", skill), connection)
    day = connection.ops.adapt_datefield_value(since)
    params = [
        me, board, day,
        me, EventKind.INSTALL.value, day,
        *day_params, me, EventKind.INSTALL.value,
        created.get_db_prep_value(since_at, connection),
    ]  # fmt: skip
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    history, summarised, raw = [], {}, {}
    for part, when, value in rows:
        if not isinstance(when, date):  # SQLite gives ISO text
            when = date.fromisoformat(str(when)[:10])
        if part == 0:
            history.append((when, int(value)))
        else:
            (summarised if part == 1 else raw)[when] = value
    history.sort()
    summarised.update(raw)  # a day with raw events is read from them
    daily = [
        (since + timedelta(days=i), int(summarised.get(since + timedelta(days=i), 0)))
        for i in range(days)
    ]
    return history, daily


def skill_current_rank(*, skill, board: str = Board.TOP.value) -> int | None:
    """The skill's rank in the board's latest snapshot (None when not on it)."""
    latest = SkillRankSnapshot.objects.filter(board=board).aggregate(latest=Max("date"))["latest"]
    if latest is None:
        return None
    return (
        SkillRankSnapshot.objects.filter(board=board, date=latest, skill=skill)
        .values_list("rank", flat=True)
        .first()
    )


# Skills whose counts come from few network addresses (the moderators' list).
SPREAD_DAYS = 7  # counted events of the last days
SPREAD_MIN_EVENTS = 10  # skills with fewer are not listed
FEW_ADDRESSES = 5  # the admin's "few addresses" filter


def skills_by_address_spread(
    *, days: int = SPREAD_DAYS, min_events: int = SPREAD_MIN_EVENTS
) -> QuerySet[SkillAddressSpread]:
    """Skills with at least `min_events` counted installs, downloads and copies (with a
    network address) in the last `days` days, with `counted_recent`, `addresses` (distinct
    addresses among them) and `per_address`, busiest first: the counts of a skill near the
    top come from few addresses. Raw events only (they are kept longer than `days`); one
    GROUP BY over the intent events of those days."""
    since = timezone.now() - timedelta(days=days)
    return (
        SkillAddressSpread.objects.filter(
            events__created_at__gte=since,
            events__kind__in=INTENT_KINDS,
            events__counted=True,
            events__address__isnull=False,
        )
        .annotate(
            counted_recent=Count("events"),
            addresses=Count("events__address", distinct=True),
        )
        .filter(counted_recent__gte=min_events)
        .annotate(
            per_address=Cast("counted_recent", FloatField()) / Cast("addresses", FloatField())
        )
        .order_by("-per_address", "-counted_recent", "slug")
    )


def skill_address_spread(*, skill: Skill, days: int = SPREAD_DAYS) -> SkillAddressSpread:
    """One skill with the figures of `skills_by_address_spread`, whether or not it is listed
    there (zeros when it has no counted intent events in the last `days` days)."""
    since = timezone.now() - timedelta(days=days)
    figures = SkillEvent.objects.filter(
        skill=skill,
        created_at__gte=since,
        kind__in=INTENT_KINDS,
        counted=True,
        address__isnull=False,
    ).aggregate(counted_recent=Count("pk"), addresses=Count("address", distinct=True))
    spread = SkillAddressSpread.objects.get(pk=skill.pk)
    spread.counted_recent, spread.addresses = figures["counted_recent"], figures["addresses"]
    spread.per_address = spread.counted_recent / spread.addresses if spread.addresses else 0.0
    return spread
