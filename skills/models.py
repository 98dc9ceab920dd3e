"""The skills domain: where skills come from, what was fetched, and what is published.

Flow: SkillSource -> (sync) -> RawSkill (one fetched SKILL.md folder, with its problems)
-> (moderation or trusted auto-publish) -> Skill (the listing) + SkillVersion (immutable
content) + SkillFile (content-addressed files). SkillSourceLink records every source
that lists a skill; GithubRepoCache keeps repository metadata from the GitHub API.
"""

from __future__ import annotations

import math
import uuid

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from django.db.models.functions import Upper
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from marketplace.querysets import MadeLaterQuerySet
from skills.paths import category_url, skill_url


class TimeStamped(models.Model):
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class SyncState(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Running")
    RETRYING = "retrying", _("Waiting to retry")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class UpstreamState(models.TextChoices):
    OK = "", _("Available")
    ARCHIVED = "archived", _("Archived upstream")
    DELETED = "deleted", _("Deleted upstream")


class SkillSource(TimeStamped):
    class Kind(models.TextChoices):
        GIT = "git", _("Git repository")
        GITHUB = "github", _("GitHub repository")
        CATALOG = "catalog", _("Plugin catalog")
        LIST = "list", _("Curated list")
        WELLKNOWN = "wellknown", _("Well-known index")

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending review")  # submitted by a visitor, not synced yet
        ACTIVE = "active", _("Active")
        PAUSED = "paused", _("Paused")
        FAILING = "failing", _("Failing")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=200)
    url = models.CharField(
        _("URL"), max_length=1000, unique=True, help_text=_("Git URL, web URL or local path.")
    )
    api_url = models.CharField(_("API URL"), max_length=1000, blank=True)
    ref = models.CharField(
        _("ref"), max_length=200, blank=True, help_text=_("Branch, tag or commit to fetch.")
    )
    subpath = models.CharField(
        _("subpath"), max_length=500, blank=True, help_text=_("Folder inside the repository.")
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        verbose_name=_("found in"),
        help_text=_("The list or catalog this source was found in."),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.ACTIVE
    )
    is_trusted = models.BooleanField(
        _("trusted"), default=False, help_text=_("Publish listable skills without review.")
    )
    submitted_by = models.CharField(
        _("submitted by"), max_length=64, blank=True, help_text=_("Visitor fingerprint.")
    )
    last_synced_at = models.DateTimeField(_("last synced"), null=True, blank=True)
    last_success_at = models.DateTimeField(_("last successful sync"), null=True, blank=True)
    last_commit = models.CharField(_("last commit"), max_length=64, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    error_count = models.PositiveIntegerField(_("errors"), default=0)
    etag = models.CharField(_("ETag"), max_length=200, blank=True)
    cursor = models.CharField(_("cursor"), max_length=500, blank=True)
    last_stats = models.JSONField(_("last counts"), default=dict, blank=True)
    # The last sync asked for by a person (console "Sync now", staff API), written by
    # skills.ingestion.sync.request.source_sync_request: who asked, when, how it went, and
    # its log (shown on the source's console page).
    sync_requested_at = models.DateTimeField(_("sync requested at"), null=True, blank=True)
    sync_requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("sync requested by"),
    )
    sync_state = models.CharField(
        _("sync state"), max_length=16, choices=SyncState.choices, blank=True
    )
    last_sync_log = models.TextField(_("last sync log"), blank=True)
    # The Celery task of the last queued sync (skills.tasks.sync_source); its state is
    # sync_state, its last result last_stats and last_sync_log.
    sync_task_id = models.CharField(_("sync task"), max_length=64, blank=True)
    # GitHub's own identity of the repository (stable across renames and transfers), the
    # repository it is a fork of, and what GitHub says happened to it (webhooks, the API):
    # skills.ingestion.sources.moves.
    github_repo_id = models.BigIntegerField(
        _("GitHub repository id"), null=True, blank=True, db_index=True
    )
    github_parent = models.CharField(
        _("fork of"),
        max_length=300,
        blank=True,
        help_text=_("owner/name of the repository this one forks."),
    )
    upstream_state = models.CharField(
        _("upstream state"),
        max_length=16,
        choices=UpstreamState.choices,
        blank=True,
        default=UpstreamState.OK,
    )

    class Meta:
        verbose_name = _("skill source")
        verbose_name_plural = _("skill sources")
        ordering = ["name"]
        indexes = [models.Index(fields=["status", "kind"])]

    def __str__(self) -> str:
        return self.name


class RawSkillQuerySet(models.QuerySet):
    def review_queue(self) -> RawSkillQuerySet:
        """The moderation queue's order: pending first, riskiest first, then oldest."""
        return self.order_by(*RawSkill.queue_ordering())


class RawSkill(models.Model):
    """One discovered SKILL.md folder exactly as fetched, waiting for (or past) review."""

    class State(models.TextChoices):
        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        SUPERSEDED = "superseded", _("Superseded")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    source = models.ForeignKey(SkillSource, on_delete=models.CASCADE, related_name="raw_skills")
    path = models.CharField(max_length=1024, blank=True, help_text=_("Folder inside the source."))
    commit = models.CharField(max_length=64, blank=True)
    name = models.CharField(max_length=200, blank=True)
    frontmatter = models.JSONField(default=dict, blank=True)
    body = models.TextField(blank=True)
    file_manifest = models.JSONField(default=list, blank=True)
    content_hash = models.CharField(max_length=64)
    problems = models.JSONField(default=list, blank=True)
    is_spec_valid = models.BooleanField(default=False)
    is_listable = models.BooleanField(default=False)
    security_verdict = models.CharField(max_length=16, blank=True)
    risk_score = models.PositiveIntegerField(default=0)
    state = models.CharField(max_length=16, choices=State.choices, default=State.PENDING)
    skill = models.ForeignKey(
        "Skill", null=True, blank=True, on_delete=models.SET_NULL, related_name="raw_skills"
    )
    version = models.ForeignKey(
        "SkillVersion", null=True, blank=True, on_delete=models.SET_NULL, related_name="raw_skills"
    )
    fetched_at = models.DateTimeField(default=timezone.now)
    reviewed_at = models.DateTimeField(null=True, blank=True)

    objects = RawSkillQuerySet.as_manager()

    class Meta:
        verbose_name = _("raw skill")
        verbose_name_plural = _("raw skills")
        ordering = ["-fetched_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "path", "content_hash"],
                name="rawskill_unique_source_path_content",
            ),
        ]
        indexes = [
            models.Index(fields=["state", "-risk_score", "fetched_at"], name="rawskill_queue"),
        ]

    def __str__(self) -> str:
        return f"{self.name or self.path or '(root)'} @ {self.source}"

    @property
    def error_count(self) -> int:
        return sum(1 for p in self.problems if p.get("severity") == "error")

    @staticmethod
    def queue_ordering() -> list:
        pending_first = models.Case(
            models.When(state=RawSkill.State.PENDING, then=models.Value(0)),
            default=models.Value(1),
            output_field=models.IntegerField(),
        )
        return [pending_first.asc(), "-risk_score", "fetched_at", "pk"]


class Category(models.Model):
    key = models.SlugField(max_length=64, unique=True)
    name = models.CharField(max_length=100)
    description = models.TextField(blank=True)
    sort_order = models.IntegerField(default=0)
    is_active = models.BooleanField(default=True)

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name

    @property
    def url(self) -> str:
        return category_url(self.key)


class Tag(models.Model):
    key = models.SlugField(max_length=64, unique=True)
    name = models.CharField(max_length=100)

    class Meta:
        verbose_name = _("tag")
        verbose_name_plural = _("tags")
        ordering = ["key"]

    def __str__(self) -> str:
        return self.name


class SkillQuerySet(MadeLaterQuerySet):
    def count(self) -> int:
        """The number of rows, counted on the narrow search rows for a search that says
        so (`query.narrow_count`, set by skills.selectors' unfiltered search, with its
        number of conditions; a relevance search ranks its first ids in the same
        statement): the same number, without reading a skill row per match. The slice
        is kept (the capped counts of the paginators are `qs.order_by()[:cap].count()`);
        a condition added after the search falls back to counting the skills."""
        marked = getattr(self.query, "narrow_count", None)
        if marked is not None and len(self.query.where.children) == marked.conditions:
            return marked.count(self.query.low_mark, self.query.high_mark)
        return super().count()

    def published(self) -> SkillQuerySet:
        return self.filter(status=Skill.Status.PUBLISHED)

    def visible_to(self, user) -> SkillQuerySet:
        return self.visible(staff=is_staff_viewer(user))

    def visible(self, *, staff: bool) -> SkillQuerySet:
        """What a staff member (every skill but the removed) or anyone else (the published)
        may see; `visible_to(user)` for a user."""
        return self.exclude(status=Skill.Status.REMOVED) if staff else self.published()


def is_staff_viewer(user) -> bool:
    return user is not None and user.is_authenticated and user.is_staff


INSTALLS_BAND_STEPS = 2  # bands per doubling of the installs


def installs_band(installs: int) -> int:
    """`Skill.installs_band` of a skill with this many all-time installs:
    floor(INSTALLS_BAND_STEPS x log2(1 + installs)); 0 for none."""
    return int(INSTALLS_BAND_STEPS * math.log2(1 + max(installs, 0)))


def repository_full_name(owner: str, name: str) -> str:
    """A skill's repository as owner/name; empty when either part is unknown (the skill
    page, the cards, the API and the feeds show it)."""
    return f"{owner}/{name}" if owner and name else ""


class Skill(TimeStamped):
    """The published listing of one skill; its content is that of `latest_version`."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        PUBLISHED = "published", _("Published")
        HIDDEN = "hidden", _("Hidden")
        REMOVED = "removed", _("Removed")

    class Verdict(models.TextChoices):
        UNSCANNED = "", _("Not scanned")
        PASS = "pass", _("Pass")
        REVIEW = "review", _("Review")
        FAIL = "fail", _("Fail")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    slug = models.CharField(max_length=300, unique=True, help_text=_("owner/repo/skill, stable."))
    name = models.CharField(max_length=200)
    summary = models.CharField(max_length=300, blank=True)
    description = models.TextField(blank=True, help_text=_("Markdown, from the frontmatter."))
    description_html = models.TextField(blank=True)
    category = models.ForeignKey(
        Category, null=True, blank=True, on_delete=models.SET_NULL, related_name="skills"
    )
    tags = models.ManyToManyField(Tag, blank=True, related_name="skills")
    repository_url = models.CharField(max_length=1000, blank=True)
    repository_owner = models.CharField(max_length=100, blank=True)
    repository_name = models.CharField(max_length=200, blank=True)
    path = models.CharField(
        max_length=1024, blank=True, help_text=_("Folder inside the repository.")
    )
    skill_type = models.CharField(max_length=32, default="skill")
    spec_format = models.CharField(max_length=32, default="agentskills")
    spec_version = models.CharField(max_length=16, blank=True)
    capabilities = models.JSONField(default=dict, blank=True)
    trigger_hints = models.JSONField(default=list, blank=True)
    negative_triggers = models.JSONField(default=list, blank=True)
    license = models.CharField(max_length=100, blank=True)
    license_confidence = models.FloatField(default=0.0)
    content_policy = models.CharField(max_length=32, default="standard")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    is_spec_valid = models.BooleanField(default=False)
    has_scripts = models.BooleanField(default=False)
    security_verdict = models.CharField(max_length=16, choices=Verdict.choices, blank=True)
    stars = models.PositiveIntegerField(default=0, help_text=_("Copied from GithubRepoCache."))
    # The search's popularity boost: floor(2 x log2(1 + all-time installs)), written by
    # compute_rankings when it changes (rarely: at each doubling and at its midpoint).
    # The exact sort keys live in SkillSortKey, whose daily rewrites would be new
    # versions of this wide row through all its indexes.
    installs_band = models.PositiveSmallIntegerField(default=0, editable=False)
    # The sort keys before SkillSortKey: nothing reads or writes them now. Kept (without
    # their indexes) for one release, so that the previous release's servers keep working
    # while a rolling deploy replaces them (docs/DEPLOY.md); the next release drops them.
    installs_total = models.PositiveIntegerField(default=0, editable=False)
    trending_score = models.FloatField(default=0.0, editable=False)
    mirror_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="mirrors"
    )
    # A listing of another repository whose content is close to this one's (see
    # skills.ingestion.sync.derived): shown as "derived from"; never a source of versions.
    derived_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="derivatives"
    )
    derived_similarity = models.FloatField(null=True, blank=True)
    latest_version = models.ForeignKey(
        "SkillVersion", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    first_seen_at = models.DateTimeField(default=timezone.now)
    last_seen_at = models.DateTimeField(default=timezone.now)
    last_changed_at = models.DateTimeField(default=timezone.now)
    published_at = models.DateTimeField(null=True, blank=True)
    gone_at = models.DateTimeField(null=True, blank=True, help_text=_("Missing from every source."))
    search_vector = SearchVectorField(null=True, editable=False)

    objects = SkillQuerySet.as_manager()

    class Meta:
        verbose_name = _("skill")
        verbose_name_plural = _("skills")
        ordering = ["name"]
        indexes = [
            models.Index(fields=["status", "-last_changed_at"], name="skill_status_changed"),
            models.Index(fields=["status", "-first_seen_at"], name="skill_status_new"),
            models.Index(fields=["status", "-stars"], name="skill_status_stars"),
            models.Index(fields=["status", "name"], name="skill_status_name"),
            # On the upper-cased values: the repository page and the license filter match
            # case-insensitively (`iexact`), which a plain index cannot serve (a repository
            # page scanned every skill: 230 ms at 100,000).
            models.Index(
                Upper("repository_owner"), Upper("repository_name"), name="skill_repository_ci"
            ),
            models.Index(Upper("license"), name="skill_license_ci"),
            # The category page's capped count (`CappedPaginator.count`) as an index-only scan:
            # through the plain foreign-key index it read every row of the category from the
            # heap to check its status (230 ms for a 10,000-skill category at 100,000).
            models.Index(
                fields=["category"],
                include=["id"],
                condition=Q(status="published"),
                name="skill_published_category",
            ),
        ]

    def __str__(self) -> str:
        return self.slug

    def save(self, *args, **kwargs) -> None:
        adding = self._state.adding
        super().save(*args, **kwargs)
        if adding:  # every skill has its sort keys: the popular and trending lists join them
            SkillSortKey.objects.using(self._state.db).bulk_create(
                [SkillSortKey(skill=self, stars=self.stars, name=self.name)], ignore_conflicts=True
            )

    def get_absolute_url(self) -> str:
        return skill_url(self.slug)

    @property
    def repository_full_name(self) -> str:
        return repository_full_name(self.repository_owner, self.repository_name)

    @property
    def is_gone(self) -> bool:
        return self.gone_at is not None


class ImmutableVersionError(Exception):
    """A published SkillVersion's content is never edited in place."""


class SkillSortKey(models.Model):
    """The listings' sort keys of a skill ("most installed", "trending"), with copies of
    its stars and name for the ties: written by compute_rankings for the skills whose keys
    changed. Every skill has one (`Skill.save` adds it, bulk loads add theirs, and a
    rankings run adds any that is missing).

    A narrow table of its own: the daily run rewrites the keys of about one skill in
    eight, and each such write on `skills_skill` was a new version of a wide row through
    every one of its indexes (1.2-1.8 s for 12,000 skills at 100,000, against 0.25-0.45 s
    here, the search's bands included). The lists walk one of these indexes in order and fetch the skills by primary
    key; the copies of stars and name (as of the last run) let one index hold the whole
    order. The search's popularity boost reads `Skill.installs_band` instead (no join).
    """

    skill = models.OneToOneField(
        Skill, primary_key=True, on_delete=models.CASCADE, related_name="sort_key"
    )
    installs_total = models.PositiveIntegerField(default=0)
    trending_score = models.FloatField(default=0.0)
    stars = models.PositiveIntegerField(default=0)
    name = models.CharField(max_length=200, blank=True)
    # Exact copies of the skill's own columns, written by triggers on both tables (migration
    # 0019; never by Python): what the skill page's neighbours (skills.neighbours) filter
    # on, so that their walk down a sort-key index reads this narrow table only, not one
    # skill row per entry (about 850 reads of the 350 MB skills table for a repository's
    # six most installed at 100,000 skills, 16 ms median).
    published = models.BooleanField(default=False, editable=False)
    repository_owner_ci = models.CharField(max_length=100, blank=True, editable=False)
    repository_name_ci = models.CharField(max_length=200, blank=True, editable=False)
    category_id = models.IntegerField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("skill sort key")
        verbose_name_plural = _("skill sort keys")
        indexes = [
            models.Index(
                fields=["-installs_total", "-stars", "name", "skill"], name="sortkey_popular"
            ),
            models.Index(
                fields=["-trending_score", "-stars", "name", "skill"], name="sortkey_trending"
            ),
            # "More from this repository": a repository's most installed, read in order.
            models.Index(
                fields=[
                    "repository_owner_ci",
                    "repository_name_ci",
                    "-installs_total",
                    "-stars",
                    "name",
                    "skill",
                ],
                condition=Q(published=True),
                name="sortkey_repository_popular",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.skill_id}: {self.installs_total} installs, trending {self.trending_score:g}"


class SkillSearch(models.Model):
    """What the search ranks, one narrow row per published skill: its search vector and
    the two columns the relevance reads besides (name, installs band), copies of the
    skill's own, and the vector's name words for the suggestions (PostgreSQL; empty on
    SQLite, whose search reads the skills).

    A word's matches were ranked and counted on the skills table, at about one 8 kB page
    per match (a row of every column, and the table carries the free space of its many
    updates): 22,878 pages to rank and 16,459 to count `review` at 100,000 skills. Here
    about a dozen rows share a page. Unfiltered searches rank and count here
    (skills.selectors.skill_search); with filters they still read the skills.

    Written by a trigger on `skills_skill` (migration 0017), not by Python: the copy must
    be exact or a skill would be missing from (or wrongly ranked by) the search, and the
    skills' status, name, vector and band are written by many paths (`save()`, queryset
    updates, the search index's SQL, COPY in seed_scale), which a trigger sees all of.
    """

    skill = models.OneToOneField(
        Skill, primary_key=True, on_delete=models.CASCADE, related_name="search_row"
    )
    search_vector = SearchVectorField(null=True)
    # The vector's name words only (weight A, `ts_filter`): what "did you mean" looks names
    # up by, without reading every skill that has the word elsewhere.
    name_vector = SearchVectorField(null=True)
    name = models.CharField(max_length=200)
    installs_band = models.PositiveSmallIntegerField(default=0)
    # 1 in the search tier (`installs_band` >= the band the last rankings run stored in
    # `skill_search_tier`: skills.services.search_tier), else 0; set by a trigger on
    # every write of the row (migration 0022), never by Python. An equality key of the
    # words' GIN index: the tier's matches are found by skipping through one posting tree
    # instead of collecting every tier row id of the band's range (skills.search_ranked).
    # Not a boolean: PostgreSQL never makes `flag = true` a GIN index condition.
    in_tier = models.PositiveSmallIntegerField(db_default=0, editable=False)

    class Meta:
        verbose_name = _("skill search row")
        verbose_name_plural = _("skill search rows")
        indexes = [
            # A broad search ranks the matches among the most installed skills first
            # (skills.search_ranked `_RankedAhead`): this index's bitmap of the tier, ANDed
            # with the words' GIN bitmap, bounds the rows it reads.
            models.Index(fields=["installs_band"], name="skillsearch_installs_band"),
        ]

    def __str__(self) -> str:
        return f"{self.skill_id}: {self.name}"


class SkillVersion(models.Model):
    """An immutable record of one distinct content of a skill."""

    # Derived fields that may be recomputed (re-render, rescan); everything else is content.
    MUTABLE_FIELDS = frozenset(
        {
            "body_html",
            "renderer_version",
            "security_verdict",
            "risk_score",
            "scan_error",
            "scan_error_count",
            "zip_sha256",
        }
    )

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    skill = models.ForeignKey(Skill, on_delete=models.CASCADE, related_name="versions")
    content_hash = models.CharField(max_length=64)
    commit = models.CharField(max_length=64, blank=True)
    name = models.CharField(
        max_length=200, help_text=_("Effective name (frontmatter, else folder).")
    )
    description = models.TextField(blank=True)
    frontmatter = models.JSONField(default=dict, blank=True)
    body = models.TextField(blank=True)
    body_html = models.TextField(blank=True)
    renderer_version = models.CharField(max_length=32, blank=True)
    file_manifest = models.JSONField(default=list, blank=True)
    capabilities = models.JSONField(default=dict, blank=True)
    license = models.CharField(max_length=100, blank=True)
    license_confidence = models.FloatField(default=0.0)
    problems = models.JSONField(default=list, blank=True)
    is_spec_valid = models.BooleanField(default=False)
    is_listable = models.BooleanField(default=False)
    security_verdict = models.CharField(max_length=16, blank=True)
    risk_score = models.PositiveIntegerField(default=0)
    # The last rescan that failed (say a stored file could not be read), and how many
    # failed in a row; cleared by the next scan that completes. The verdict stays the last
    # completed scan's.
    scan_error = models.TextField(blank=True)
    scan_error_count = models.PositiveIntegerField(default=0)
    # The sha256 of the version's ZIP download (skills.downloads.version_zip_digest), stored
    # at ingestion so the skill page does not ask the cache for it; "" when not known or
    # when the ZIP would name the listing's slug (a file left out: its note says so), and
    # then the page computes and caches it per slug as before.
    zip_sha256 = models.CharField(max_length=64, blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("skill version")
        verbose_name_plural = _("skill versions")
        ordering = ["-created_at"]
        get_latest_by = "created_at"
        constraints = [
            models.UniqueConstraint(
                fields=["skill", "content_hash"], name="version_unique_content"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.skill_id}@{self.content_hash[:12]}"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            update_fields = kwargs.get("update_fields")
            if update_fields is None or not set(update_fields) <= self.MUTABLE_FIELDS:
                raise ImmutableVersionError(
                    "SkillVersion content is immutable; create a new version instead."
                )
        super().save(*args, **kwargs)

    @property
    def short_hash(self) -> str:
        return self.content_hash[:12]


class SkillFile(models.Model):
    """A file of a version; the bytes live once in storage under their sha256."""

    version = models.ForeignKey(SkillVersion, on_delete=models.CASCADE, related_name="files")
    path = models.CharField(max_length=1024)  # discovery's Limits.max_path_chars
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    storage_key = models.CharField(
        max_length=200, blank=True, help_text=_("Empty when not stored.")
    )
    is_text = models.BooleanField(default=True)

    class Meta:
        verbose_name = _("skill file")
        verbose_name_plural = _("skill files")
        ordering = ["path"]
        constraints = [
            models.UniqueConstraint(fields=["version", "path"], name="skillfile_unique_path"),
        ]
        indexes = [models.Index(fields=["sha256"])]

    def __str__(self) -> str:
        return self.path

    @property
    def is_stored(self) -> bool:
        return bool(self.storage_key)


class SkillSourceLink(models.Model):
    """A source lists a skill at a path; one skill may be listed by several sources."""

    skill = models.ForeignKey(Skill, on_delete=models.CASCADE, related_name="source_links")
    source = models.ForeignKey(SkillSource, on_delete=models.CASCADE, related_name="skill_links")
    url = models.CharField(max_length=1000, blank=True)
    path = models.CharField(max_length=1024, blank=True)
    commit = models.CharField(max_length=64, blank=True)
    content_hash = models.CharField(max_length=64, blank=True)
    first_seen_at = models.DateTimeField(default=timezone.now)
    last_seen_at = models.DateTimeField(default=timezone.now)
    missing_syncs = models.PositiveIntegerField(default=0)
    is_canonical = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("skill source link")
        verbose_name_plural = _("skill source links")
        ordering = ["-is_canonical", "first_seen_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["skill", "source", "path"], name="link_unique_skill_source_path"
            ),
            models.UniqueConstraint(
                fields=["skill"],
                condition=Q(is_canonical=True),
                name="link_one_canonical_per_skill",
            ),
        ]
        indexes = [models.Index(fields=["source", "path"])]

    def __str__(self) -> str:
        return f"{self.source} -> {self.skill}"


class GithubRepoCache(models.Model):
    owner = models.CharField(max_length=100)
    name = models.CharField(max_length=200)
    stars = models.PositiveIntegerField(default=0)
    forks = models.PositiveIntegerField(default=0)
    open_issues = models.PositiveIntegerField(default=0)
    license = models.CharField(max_length=100, blank=True)
    topics = models.JSONField(default=list, blank=True)
    default_branch = models.CharField(max_length=200, blank=True)
    pushed_at = models.DateTimeField(null=True, blank=True)
    archived = models.BooleanField(default=False)
    description = models.TextField(blank=True)
    etag = models.CharField(max_length=200, blank=True)
    fetched_at = models.DateTimeField(null=True, blank=True)
    last_status = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        verbose_name = _("GitHub repository cache")
        verbose_name_plural = _("GitHub repository caches")
        ordering = ["owner", "name"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "name"], name="githubrepo_unique_owner_name"),
        ]

    def __str__(self) -> str:
        return f"{self.owner}/{self.name}"


class SkillRedirect(models.Model):
    """An old slug of a listing that moved (its repository was renamed or transferred, or
    its identity went back to the original repository): the old URLs redirect."""

    old_slug = models.CharField(max_length=300, unique=True)
    skill = models.ForeignKey(Skill, on_delete=models.CASCADE, related_name="redirects")
    # The slug of a repository that moved: never handed to another listing (a repository
    # that later takes the old name cannot take over the addresses).
    reserved = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("skill redirect")
        verbose_name_plural = _("skill redirects")

    def __str__(self) -> str:
        return f"{self.old_slug} -> {self.skill_id}"


class RepositoryMove(models.Model):
    """A repository known under an old owner/name now lives under a new one (lowercase)."""

    old_owner = models.CharField(max_length=100)
    old_name = models.CharField(max_length=200)
    new_owner = models.CharField(max_length=100)
    new_name = models.CharField(max_length=200)
    github_repo_id = models.BigIntegerField(null=True, blank=True)
    moved_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("repository move")
        verbose_name_plural = _("repository moves")
        constraints = [
            models.UniqueConstraint(
                fields=["old_owner", "old_name"], name="repositorymove_unique_old_name"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.old_owner}/{self.old_name} -> {self.new_owner}/{self.new_name}"


class WebhookDelivery(models.Model):
    """One GitHub webhook delivery received (by its X-GitHub-Delivery id): a replay of the
    same id is ignored. Kept for WEBHOOK_DELIVERY_RETENTION_DAYS."""

    delivery_id = models.CharField(max_length=100, unique=True)
    event = models.CharField(max_length=50)
    repository = models.CharField(max_length=300, blank=True)
    outcome = models.CharField(max_length=200, blank=True)
    received_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")

    def __str__(self) -> str:
        return f"{self.event} {self.delivery_id}"


# Discovery of new sources across GitHub (skills.ingestion.sources.finder).
from skills.finder_models import (  # noqa: E402, F401
    Channel,
    DiscoveryCandidate,
    DiscoveryQuery,
)
