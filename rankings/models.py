"""Events, popularity and rank snapshots.

Events are append-only rows (never a read-modify-write on a counter). `counted` says
whether an event passed deduplication and bot filtering; `dedup_key` makes the
per-actor window unique at the database level so concurrent writers cannot double
count. `address_slot` does the same for the few counted installs, downloads and copies
one network address may give a skill per day. Raw events are summarised into
SkillDailyCount so they can be pruned.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from skills.models import Skill


class EventKind(models.TextChoices):
    VIEW = "view", _("View")
    COPY = "copy", _("Copy install command")
    DOWNLOAD = "download", _("Download ZIP")
    INSTALL = "install", _("Install")


# What trending measures, and what one network address can count only a few times a day.
INTENT_KINDS = (EventKind.INSTALL.value, EventKind.DOWNLOAD.value, EventKind.COPY.value)


class Channel(models.TextChoices):
    WEB = "web", _("Web")
    API = "api", _("API")
    CLI = "cli", _("CLI")


class SkillEvent(models.Model):
    id = models.BigAutoField(primary_key=True)
    skill = models.ForeignKey(
        "skills.Skill", verbose_name=_("skill"), on_delete=models.CASCADE, related_name="events"
    )
    kind = models.CharField(verbose_name=_("kind"), max_length=16, choices=EventKind.choices)
    actor = models.CharField(
        verbose_name=_("visitor"),
        max_length=64,
        help_text=_("Salted hash of the visitor; never a raw IP."),
    )
    channel = models.CharField(
        verbose_name=_("channel"), max_length=8, choices=Channel.choices, default=Channel.WEB
    )
    # NULL (not ""): the unique constraints below apply only to rows that have a value.
    client_event_id = models.CharField(max_length=100, null=True, blank=True)  # noqa: DJ001
    dedup_key = models.CharField(max_length=200, null=True, blank=True)  # noqa: DJ001
    # Salted hash of the visitor's network (IPv4 address or IPv6 /64), never the address.
    address = models.CharField(max_length=32, null=True, blank=True)  # noqa: DJ001
    # One of the few counted slots per skill, kind, UTC day and network (unique below):
    # installs, downloads and copies from one network count at most that many times.
    address_slot = models.CharField(max_length=32, null=True, blank=True)  # noqa: DJ001
    counted = models.BooleanField(verbose_name=_("counted"), default=True)
    is_bot = models.BooleanField(verbose_name=_("bot"), default=False)
    created_at = models.DateTimeField(verbose_name=_("time"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("skill event")
        verbose_name_plural = _("skill events")
        constraints = [
            models.UniqueConstraint(
                fields=["client_event_id"],
                condition=Q(client_event_id__isnull=False),
                name="event_unique_client_id",
            ),
            models.UniqueConstraint(
                fields=["dedup_key"],
                condition=Q(dedup_key__isnull=False),
                name="event_unique_dedup",
            ),
            models.UniqueConstraint(
                fields=["address_slot"],
                condition=Q(address_slot__isnull=False),
                name="event_unique_address_slot",
            ),
        ]
        indexes = [
            models.Index(fields=["skill", "kind", "created_at"], name="event_skill_kind_time"),
            models.Index(fields=["kind", "created_at"], name="event_kind_time"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.skill_id} {self.created_at:%Y-%m-%d %H:%M}"


class SkillDailyCount(models.Model):
    """Counted events per skill, kind and day; rankings read these once raw events are pruned."""

    # No database constraint on these derived rows (nor on the snapshots'): checking it locks
    # the skill row of every row written (FOR KEY SHARE), which cost a daily run about a
    # second of writes to skills_skill. Deleting a skill through Django still deletes them.
    # No index of its own either: `dailycount_unique` starts with it.
    skill = models.ForeignKey(
        "skills.Skill",
        verbose_name=_("skill"),
        on_delete=models.CASCADE,
        related_name="daily_counts",
        db_constraint=False,
        db_index=False,
    )
    day = models.DateField(
        verbose_name=_("day"),
    )
    kind = models.CharField(verbose_name=_("kind"), max_length=16, choices=EventKind.choices)
    count = models.PositiveIntegerField(verbose_name=_("count"), default=0)

    class Meta:
        verbose_name = _("daily count")
        verbose_name_plural = _("daily counts")
        constraints = [
            models.UniqueConstraint(fields=["skill", "day", "kind"], name="dailycount_unique"),
        ]
        indexes = [models.Index(fields=["day", "kind"], name="dailycount_day_kind")]

    def __str__(self) -> str:
        return f"{self.skill_id} {self.day} {self.kind}={self.count}"


class SkillCountTotal(models.Model):
    """Counted events per skill and kind over every SkillDailyCount day up to `CountTotalsMark.day`.

    The rankings' all-time totals: a daily run sums these plus the last 30 days of daily
    counts (the windows), not every summarised day. Kept by `services.count_totals_advance`
    (forward only) and dropped by `services.count_totals_reset` whenever daily counts up to
    the mark are rewritten; anything else that writes such daily counts must reset them.
    """

    skill = models.OneToOneField(  # derived rows: no database constraint (see SkillDailyCount)
        "skills.Skill",
        verbose_name=_("skill"),
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="+",
        db_constraint=False,
    )
    installs = models.BigIntegerField(verbose_name=_("installs"), default=0)
    downloads = models.BigIntegerField(verbose_name=_("downloads"), default=0)
    copies = models.BigIntegerField(verbose_name=_("copies"), default=0)
    views = models.BigIntegerField(verbose_name=_("views"), default=0)

    class Meta:
        verbose_name = _("count total")
        verbose_name_plural = _("count totals")

    def __str__(self) -> str:
        return f"{self.skill_id}: {self.installs} installs"


class CountTotalsMark(models.Model):
    """The last day SkillCountTotal covers (one row, or none when the totals are not built)."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1, editable=False)
    day = models.DateField(
        verbose_name=_("day"),
    )

    class Meta:
        verbose_name = _("count totals mark")
        verbose_name_plural = _("count totals marks")

    def __str__(self) -> str:
        return f"totals through {self.day}"


class SummarisedDay(models.Model):
    """A closed UTC day whose counted events are in SkillDailyCount while its raw events are kept.

    `compute_rankings` writes these (`services.daily_counts_refresh`) so the daily run reads
    one row per skill, kind and day instead of every raw event; `events_prune` deletes a
    day's row with its raw events. `events` and `last_event_id` let a run tell cheaply
    whether the day's raw events changed since it was summarised.
    """

    day = models.DateField(verbose_name=_("day"), primary_key=True)
    events = models.PositiveIntegerField(
        verbose_name=_("events"), default=0, help_text=_("Counted raw events summarised.")
    )
    last_event_id = models.BigIntegerField(
        verbose_name=_("last event id"),
        default=0,
        help_text=_("Highest event id when last checked."),
    )
    checked_at = models.DateTimeField(
        verbose_name=_("checked at"), help_text=_("When the summary was last written or checked.")
    )

    class Meta:
        verbose_name = _("summarised day")
        verbose_name_plural = _("summarised days")

    def __str__(self) -> str:
        return f"{self.day}: {self.events} events"


class SkillPopularity(models.Model):
    skill = models.OneToOneField(
        "skills.Skill",
        verbose_name=_("skill"),
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="popularity",
    )
    installs_total = models.PositiveIntegerField(verbose_name=_("installs, all time"), default=0)
    installs_7d = models.PositiveIntegerField(verbose_name=_("installs, 7 days"), default=0)
    installs_30d = models.PositiveIntegerField(verbose_name=_("installs, 30 days"), default=0)
    downloads_total = models.PositiveIntegerField(verbose_name=_("downloads, all time"), default=0)
    copies_total = models.PositiveIntegerField(verbose_name=_("copies, all time"), default=0)
    views_total = models.PositiveIntegerField(verbose_name=_("views, all time"), default=0)
    views_30d = models.PositiveIntegerField(verbose_name=_("views, 30 days"), default=0)
    score = models.FloatField(verbose_name=_("score"), default=0.0)
    trending_score = models.FloatField(verbose_name=_("trending score"), default=0.0)
    breakdown = models.JSONField(verbose_name=_("breakdown"), default=list, blank=True)
    computed_at = models.DateTimeField(verbose_name=_("computed at"), null=True, blank=True)
    # A hash of the values above as compute_rankings computed them: a run reads this (not
    # 100,000 rows of values and breakdowns) to tell which rows changed. Writes that
    # bypass compute_rankings leave it empty, so the next run rewrites the row.
    values_digest = models.BigIntegerField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("skill popularity")
        verbose_name_plural = _("skill popularity")
        # No index on the values: boards are read from snapshots and listings sort on the
        # keys copied to SkillSortKey, and an index on score would make each daily rewrite of the
        # rows whose score changed (a third of them) a non-HOT update (~0.5 s at 100,000).

    def __str__(self) -> str:
        return f"{self.skill_id} score={self.score:.2f}"

    def save(self, *args, **kwargs):
        # Saved by hand (compute_rankings writes in bulk): the digest may no longer match.
        self.values_digest = None
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "values_digest"}
        super().save(*args, **kwargs)


class Board(models.TextChoices):
    TOP = "top", _("Top")
    TRENDING = "trending", _("Trending")
    NEW = "new", _("New")


class SkillRankSnapshot(models.Model):
    """The rank of a skill on one board on one day. Per-category boards are `cat:<key>`."""

    date = models.DateField(
        verbose_name=_("date"),
    )
    board = models.CharField(verbose_name=_("board"), max_length=80)
    # No database constraint (see SkillDailyCount.skill), no index of its own
    # (`snapshot_skill_history` starts with it).
    skill = models.ForeignKey(
        "skills.Skill",
        verbose_name=_("skill"),
        on_delete=models.CASCADE,
        related_name="rank_snapshots",
        db_constraint=False,
        db_index=False,
    )
    rank = models.PositiveIntegerField(
        verbose_name=_("rank"),
    )
    score = models.FloatField(verbose_name=_("score"), default=0.0)

    class Meta:
        verbose_name = _("rank snapshot")
        verbose_name_plural = _("rank snapshots")
        ordering = ["date", "board", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["date", "board", "skill"], name="snapshot_unique"),
        ]
        indexes = [
            models.Index(fields=["board", "date", "rank"], name="snapshot_board_date_rank"),
            models.Index(fields=["skill", "board", "date"], name="snapshot_skill_history"),
        ]

    def __str__(self) -> str:
        return f"{self.date} {self.board} #{self.rank} {self.skill_id}"


class SkillAddressSpread(Skill):
    """A skill seen from the addresses its counted events came from: the admin's read-only
    list of skills whose counts come from few addresses (`rankings.admin`)."""

    class Meta:
        verbose_name = _("skill counted from few addresses")
        verbose_name_plural = _("skills counted from few addresses")
        proxy = True
