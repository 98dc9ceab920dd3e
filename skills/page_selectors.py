"""Reads of one skill: the skill page and the API's detail answers (the skill, its versions,
findings, tags, sources and neighbours). Search and listings are skills.selectors."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import datetime

from django.db import router
from django.db.models import Max, OuterRef, Subquery

from marketplace.statements import Statement
from skills.models import (
    Category,
    RawSkill,
    Skill,
    SkillFile,
    SkillSource,
    SkillSourceLink,
    SkillVersion,
    is_staff_viewer,
)


def skill_get(*, slug: str, user=None, with_latest: bool = True) -> Skill | None:
    """The skill at `slug` if `user` may see it (staff also see hidden ones), with its
    category, popularity, the slugs of the skills it mirrors and derives from
    (`mirror_of_slug`, `derived_from_slug`: the page links to them by slug only) and
    (unless `with_latest` is False, when another version is shown) its latest version's
    content and the date it was approved (`latest_reviewed_at`, as `version_review`).

    One statement compiled once per database and shape (`_SKILL`), its row made into the
    model instances `select_related` would make: building and compiling the QuerySet
    (three joins, two annotations and a subquery) was about a fifth of an uncached skill
    page's CPU (docs/BENCHMARKS.md, "Issue #23, fifth pass")."""
    rows = _SKILL.rows(slug, shape=(is_staff_viewer(user), with_latest))
    if not rows:
        return None
    return _skill_from_row(rows[0], with_latest=with_latest)


def _skill_queryset(shape, slug):
    """`skill_get`'s statement as a values_list(): the skill's columns (but its search
    vector), its category's, popularity's and (with the latest version) the version's,
    then the annotations (`_SKILL_PARTS`)."""
    staff, with_latest = shape
    qs = Skill.objects.visible(staff=staff)
    names = [name for _model, _prefix, fields in _skill_parts(with_latest) for name in fields]
    # The linked skills' slugs as subqueries, not joins, and no order (the slug is
    # unique): PostgreSQL planned the five-join statement in 1.3 ms, this one in 0.5 ms.
    annotations = {
        "mirror_of_slug": _slug_of("mirror_of_id"),
        "derived_from_slug": _slug_of("derived_from_id"),
    }
    if with_latest:
        annotations["latest_reviewed_at"] = _latest_reviewed_at()
    return (
        qs.filter(slug=slug)
        .annotate(**annotations)
        .order_by()
        .values_list(*names, *annotations)[:1]
    )


def _slug_of(column: str) -> Subquery:
    return Subquery(Skill.objects.filter(pk=OuterRef(column)).order_by().values("slug")[:1])


@functools.cache
def _skill_parts(with_latest: bool) -> tuple:
    """((model, relation from the skill or "", (values_list names, ...)), ...) of
    `skill_get`'s row, in column order; each model's concrete fields by attname (the order
    `Model.from_db` takes), the skill's search vector left out (as `defer()`)."""
    from rankings.models import SkillPopularity  # rankings imports the skills app

    parts = [
        (Skill, "", [f.attname for f in Skill._meta.concrete_fields if f.name != "search_vector"]),
        (Category, "category", [f.attname for f in Category._meta.concrete_fields]),
        (SkillPopularity, "popularity", [f.attname for f in SkillPopularity._meta.concrete_fields]),
    ]
    if with_latest:
        parts.append(
            (
                SkillVersion,
                "latest_version",
                [f.attname for f in SkillVersion._meta.concrete_fields],
            )
        )
    return tuple(
        (model, prefix, tuple(f"{prefix}__{name}" if prefix else name for name in names))
        for model, prefix, names in parts
    )


_SKILL = Statement(Skill, _skill_queryset, Skill._meta.get_field("slug"))


def _skill_from_row(row: tuple, *, with_latest: bool) -> Skill:
    """The skill of a `_SKILL` row with its related instances cached, as `select_related`
    leaves them (a missing popularity row: `skill.popularity` raises, as it would)."""
    db = router.db_for_read(Skill)
    at, instances = 0, {}
    for model, prefix, names in _skill_parts(with_latest):
        values = row[at : at + len(names)]
        at += len(names)
        attnames = [name.rsplit("__", 1)[-1] for name in names]
        pk_at = attnames.index(model._meta.pk.attname)
        instances[prefix] = None if values[pk_at] is None else model.from_db(db, attnames, values)
    skill = instances.pop("")
    for prefix, instance in instances.items():
        descriptor = getattr(Skill, prefix)
        if prefix == "popularity":  # the reverse side of the popularity's one-to-one
            descriptor.related.set_cached_value(skill, instance)
            if instance is not None:
                descriptor.related.field.set_cached_value(instance, skill)
        else:
            descriptor.field.set_cached_value(skill, instance)
    skill.mirror_of_slug, skill.derived_from_slug = row[at], row[at + 1]
    if with_latest:
        skill.latest_reviewed_at = row[at + 2]
    return skill


@dataclass(frozen=True, slots=True)
class TagRow:
    """A skill's tag as its page links to it (no model instance)."""

    pk: int
    key: str
    name: str


def skill_tags(*, skill: Skill) -> list[TagRow]:
    """The skill's tags by key, as rows (a prefetch building Tag instances cost three times
    as much on the skill page)."""
    return [TagRow(*row) for row in _TAGS.rows(skill.pk)]


#: The page's small statements, compiled once per database (marketplace.statements).
_TAGS = Statement(
    Skill.tags.through,
    lambda _shape, skill_id: (
        Skill.tags.through.objects.filter(skill_id=skill_id)
        .order_by("tag__key")
        .values_list("tag_id", "tag__key", "tag__name")
    ),
    Skill.tags.through._meta.get_field("skill"),
)
_VERSIONS = Statement(
    SkillVersion,
    lambda _shape, skill_id: (
        SkillVersion.objects.filter(skill_id=skill_id)
        .order_by("-created_at")
        .values_list("id", "content_hash", "commit", "created_at", "security_verdict")[:100]
    ),
    SkillVersion._meta.get_field("skill"),
)
_SOURCE_LINKS = Statement(
    SkillSourceLink,
    lambda _shape, skill_id: (
        SkillSourceLink.objects.filter(skill_id=skill_id)
        .order_by("-is_canonical", "first_seen_at")
        .values_list("source__name", "source__kind", "is_canonical")
    ),
    SkillSourceLink._meta.get_field("skill"),
)


@functools.cache
def _findings_statement() -> Statement:
    from moderation.models import ScanResult  # moderation imports the skills app

    return Statement(
        ScanResult,
        lambda _shape, version_id: (
            ScanResult.objects.filter(version_id=version_id)
            .order_by("-risk_score", "engine")
            .values_list("findings")
        ),
        ScanResult._meta.get_field("version"),
    )


def _latest_reviewed_at() -> Subquery:
    """`version_review`'s date for the latest version, as a column of the skill's row."""
    approvals = RawSkill.objects.filter(
        version_id=OuterRef("latest_version_id"),
        state=RawSkill.State.APPROVED,
        reviewed_at__isnull=False,
    )
    return Subquery(approvals.order_by("-reviewed_at").values("reviewed_at")[:1])


@dataclass(frozen=True, slots=True)
class VersionRow:
    """A line of a skill page's version history (no content, no model instance)."""

    pk: object
    content_hash: str
    commit: str
    created_at: datetime
    security_verdict: str

    @property
    def short_hash(self) -> str:
        return self.content_hash[:12]


def skill_versions(*, skill: Skill) -> list[VersionRow]:
    """Version history (no content), newest first, the 100 latest."""
    return [VersionRow(*row) for row in _VERSIONS.rows(skill.pk)]


_FILE_FIELDS = tuple(f.attname for f in SkillFile._meta.concrete_fields)
_FILES = Statement(
    SkillFile,
    lambda _shape, version_id: (
        SkillFile.objects.filter(version_id=version_id).order_by("path").values_list(*_FILE_FIELDS)
    ),
    SkillFile._meta.get_field("version"),
)


def version_files(*, version: SkillVersion) -> list[SkillFile]:
    """`version.files.all()` (by path), from a statement compiled once per database."""
    db = router.db_for_read(SkillFile)
    files = [SkillFile.from_db(db, _FILE_FIELDS, row) for row in _FILES.rows(version.pk)]
    for file in files:  # as the related manager leaves them
        SkillFile.version.field.set_cached_value(file, version)
    return files


def version_findings(*, version: SkillVersion) -> tuple[list[dict], bool]:
    """(the findings of every scan of `version`, the riskiest scan's first; was it scanned)."""
    found = [findings or [] for (findings,) in _findings_statement().rows(version.pk)]
    return [f for findings in found for f in findings], bool(found)


def skill_version_get(*, skill: Skill, content_hash: str) -> SkillVersion | None:
    """A version of `skill` by full hash or a prefix of at least 7 hex characters."""
    if not re.fullmatch(r"[0-9a-f]{7,64}", content_hash or ""):
        return None
    return (
        SkillVersion.objects.filter(skill=skill, content_hash__startswith=content_hash)
        .order_by("-created_at")
        .first()
    )


def version_review(*, version: SkillVersion, is_latest: bool):
    """(was this version reviewed, when): approved by a moderator or by the publication policy
    (the latest approval's date); the live version of a skill always was (its date may be
    unrecorded for data from before approvals were kept)."""
    reviewed_at = RawSkill.objects.filter(version=version, state=RawSkill.State.APPROVED).aggregate(
        at=Max("reviewed_at")
    )["at"]
    return (reviewed_at is not None or is_latest), reviewed_at


@dataclass(frozen=True, slots=True)
class SourceLinkRow:
    """A source that lists a skill, as its page names it (no model instances)."""

    source_name: str
    source_kind: str
    is_canonical: bool

    @property
    def kind_label(self) -> str:
        """The kind's label in the active language (as `get_kind_display()`)."""
        return str(_SOURCE_KINDS.get(self.source_kind, self.source_kind))


_SOURCE_KINDS = dict(SkillSource.Kind.choices)


def skill_source_links(*, skill: Skill) -> list[SourceLinkRow]:
    """The sources that list the skill, the canonical one first, then by first sighting."""
    return [SourceLinkRow(*row) for row in _SOURCE_LINKS.rows(skill.pk)]


def skill_neighbours(*, skill: Skill, limit: int = 6, tag_ids=None) -> tuple[list, list]:
    """(more from the same repository, related by category or tags), each the `limit` most
    installed, as links (skills.cards.SkillLink), in one statement (skills.neighbours).
    `tag_ids`: the skill's tags when the caller has them (else they are read)."""
    from skills.neighbours import skill_neighbours as neighbours

    return neighbours(skill=skill, limit=limit, tag_ids=tag_ids)
