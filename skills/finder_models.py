"""What discovery keeps: each search with its cursor, and each repository it found.

Imported by :mod:`skills.models` (the ``skills`` app's models); written by
:mod:`skills.ingestion.sources.finder`. A module of its own to keep skills/models.py short.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    CODE = "code", _("Code search")
    TOPIC = "topic", _("Repository topic")
    LINKED = "linked", _("Linked from a catalog or list")
    FORKS = "forks", _("Fork of a known skill repository")


class DiscoveryQuery(models.Model):
    """One search of one channel, and where the current pass of it stands (its cursor).

    A search with more results than GitHub serves (1,000) is split into two searches over
    halves of its range (file size for code search, creation date for repositories); the
    wide one is then ``split`` and its parts carry on.
    """

    class State(models.TextChoices):
        NEW = "new", _("Not started")
        RUNNING = "running", _("In progress")
        DONE = "done", _("Pass complete")
        SPLIT = "split", _("Split into narrower searches")
        FAILED = "failed", _("Failed")

    key = models.CharField(max_length=500, unique=True)
    channel = models.CharField(max_length=16, choices=Channel.choices)
    query = models.CharField(
        max_length=400, help_text=_("The search as sent to GitHub (q=), or owner/name.")
    )
    range_field = models.CharField(max_length=16, blank=True)
    range_low = models.CharField(max_length=32, blank=True)
    range_high = models.CharField(max_length=32, blank=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="parts"
    )
    state = models.CharField(max_length=16, choices=State.choices, default=State.NEW)
    next_page = models.PositiveIntegerField(default=1)
    total_count = models.PositiveIntegerField(null=True, blank=True)
    etags = models.JSONField(default=dict, blank=True)  # page number -> ETag
    results_seen = models.PositiveIntegerField(default=0)
    pass_started_at = models.DateTimeField(null=True, blank=True)
    last_run_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    error_count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["channel", "key"]
        verbose_name = _("discovery search")
        verbose_name_plural = _("discovery searches")
        indexes = [models.Index(fields=["state", "completed_at"])]

    def __str__(self) -> str:
        return f"{self.channel}: {self.query}"


class DiscoveryCandidate(models.Model):
    """A GitHub repository discovery found, known by GitHub's id (a renamed repository is
    the same candidate under its new name), with why it was found and what became of it."""

    class Decision(models.TextChoices):
        UNDECIDED = "", _("Not decided yet")
        ACTIVE = "active", _("Added as an active source")
        PENDING = "pending", _("Added as a source waiting for review")
        KNOWN = "known", _("Already a source")
        IGNORED = "ignored", _("Not added")

    github_id = models.BigIntegerField(unique=True)
    full_name = models.CharField(max_length=300, db_index=True)  # owner/name, lower case
    previous_names = models.JSONField(default=list, blank=True)
    description = models.TextField(blank=True)
    stars = models.PositiveIntegerField(null=True, blank=True)  # None: not known yet
    pushed_at = models.DateTimeField(null=True, blank=True)
    archived = models.BooleanField(default=False)
    is_fork = models.BooleanField(default=False)
    fork_of = models.CharField(max_length=300, blank=True)
    skill_paths = models.JSONField(default=list, blank=True)  # SKILL.md paths code search saw
    metadata_at = models.DateTimeField(null=True, blank=True)
    score = models.FloatField(default=0)
    score_parts = models.JSONField(default=dict, blank=True)
    # Why it was found: [{"channel", "query", "at"}], one per channel and search.
    reasons = models.JSONField(default=list, blank=True)
    decision = models.CharField(
        max_length=16, choices=Decision.choices, blank=True, default=Decision.UNDECIDED
    )
    decision_reason = models.CharField(max_length=300, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    source = models.ForeignKey(
        "skills.SkillSource",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="discovery_candidates",
    )
    first_seen_at = models.DateTimeField(default=timezone.now)
    last_seen_at = models.DateTimeField(default=timezone.now)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["-score", "full_name"]
        verbose_name = _("discovered repository")
        verbose_name_plural = _("discovered repositories")
        indexes = [models.Index(fields=["decision", "-score"])]

    def __str__(self) -> str:
        return self.full_name

    @property
    def url(self) -> str:
        return f"https://github.com/{self.full_name}"

    @property
    def channels(self) -> list[str]:
        return sorted({r.get("channel", "") for r in self.reasons if isinstance(r, dict)})
