"""Output shapes of the skills API. Read-only: the API never writes a skill."""

from __future__ import annotations

import functools
import re
from datetime import datetime
from urllib.parse import quote

from django.conf import settings
from django.db import connections
from django.db.models import TextField
from django.db.models.functions import Cast
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from marketplace.statements import Statement
from skills.install import index_name, skills_cli_commands
from skills.models import Skill, SkillFile, SkillVersion


def skill_html_url(request, skill: Skill) -> str | None:
    """The canonical (absolute) URL of the skill's HTML page."""
    try:
        path = skill.get_absolute_url()
    except NoReverseMatch:  # pages not wired (yet)
        return None
    return request.build_absolute_uri(path) if request is not None else path


def skill_api_url(request, skill: Skill, name: str = "api-skill-detail", **extra) -> str:
    return skill_api_url_for(request, skill.pk, name, **extra)


def skill_api_url_for(request, pk, name: str = "api-skill-detail", **extra) -> str:
    """The absolute URL of the API view `name` of the skill with primary key `pk`."""
    path = reverse(name, kwargs={"key": str(pk), **extra})
    return request.build_absolute_uri(path) if request is not None else path


_SENTINEL_SLUG = "sentinel-owner/sentinel-repo/sentinel-skill"
_SENTINEL_ID = "00000000-0000-4000-8000-00000000beef"
_SAFE = "!$&'()*+,;=/~:@"  # what Django's reverse() leaves unquoted in a path
# A slug that `quote(slug, safe=_SAFE)` leaves as it is (its unreserved letters and _SAFE):
# most are, and the check costs a tenth of the quoting.
_UNQUOTED = re.compile(r"[A-Za-z0-9_.\-~!$&'()*+,;=/:@]*")


@functools.lru_cache(maxsize=16)
def _url_paths(_prefix: str, _urlconf, _root_urlconf: str) -> tuple[str, str | None]:
    """The paths of the API detail and of the skill page (None when pages are not wired)
    with the sentinels, reversed once per script prefix and URL configuration (the
    arguments are the cache key; a tenth of an API list page's own work per request)."""
    api = reverse("api-skill-detail", kwargs={"key": _SENTINEL_ID})
    try:
        html = Skill(slug=_SENTINEL_SLUG).get_absolute_url()
    except NoReverseMatch:
        html = None
    return api, html


class SkillUrls:
    """The two URLs of every list row, built from templates resolved once per request.

    `reverse()` and `build_absolute_uri()` per row cost about half of a 100-row page's
    serialisation; the templates give the same strings (falls back to the slow way when
    the page URL does not depend on the slug alone).
    """

    def __init__(self, request):
        self.request = request
        self.base = request.build_absolute_uri("/")[:-1] if request is not None else ""
        api, html = _url_paths(get_script_prefix(), get_urlconf(), settings.ROOT_URLCONF)
        self.api_template = self.base + api
        self.html_template = (self.base + html) if html and _SENTINEL_SLUG in html else None
        self.html_missing = html is None

    @classmethod
    def for_context(cls, context: dict) -> SkillUrls:
        urls = context.get("_skill_urls")
        if urls is None:
            urls = context["_skill_urls"] = cls(context.get("request"))
        return urls

    def api(self, skill: Skill) -> str:
        return self.api_for(skill.pk)

    def api_for(self, pk) -> str:
        return self.api_template.replace(_SENTINEL_ID, str(pk))

    def html(self, skill: Skill) -> str | None:
        if self.html_template is not None:
            return self.html_template.replace(_SENTINEL_SLUG, quote(skill.slug, safe=_SAFE))
        return None if self.html_missing else skill_html_url(self.request, skill)

    def html_for(self, slug: str) -> str | None:
        if self.html_template is not None:
            quoted = slug if _UNQUOTED.fullmatch(slug) else quote(slug, safe=_SAFE)
            return self.html_template.replace(_SENTINEL_SLUG, quoted)
        return self.html(Skill(slug=slug))


def _popularity(skill: Skill):
    try:
        return skill.popularity
    except Skill.popularity.RelatedObjectDoesNotExist:
        return None


class CategoryRefSerializer(serializers.Serializer):
    key = serializers.CharField()
    name = serializers.CharField()


class RepositorySerializer(serializers.Serializer):
    full_name = serializers.CharField(allow_blank=True)
    owner = serializers.CharField(allow_blank=True)
    name = serializers.CharField(allow_blank=True)
    url = serializers.CharField(allow_blank=True)
    path = serializers.CharField(allow_blank=True, help_text="Folder of the skill inside it.")


def _repository(skill: Skill) -> dict:
    return {
        "full_name": skill.repository_full_name,
        "owner": skill.repository_owner,
        "name": skill.repository_name,
        "url": skill.repository_url,
        "path": skill.path,
    }


class SkillListSerializer(serializers.Serializer):
    """A skill as a search result (no heavy fields)."""

    id = serializers.UUIDField()
    slug = serializers.CharField()
    name = serializers.CharField()
    summary = serializers.CharField()
    category = serializers.SerializerMethodField()
    tags = serializers.SerializerMethodField()
    license = serializers.CharField()
    is_spec_valid = serializers.BooleanField()
    has_scripts = serializers.BooleanField()
    security_verdict = serializers.CharField(help_text='pass | review | fail | "" (not scanned)')
    stars = serializers.IntegerField()
    installs = serializers.SerializerMethodField()
    repository = serializers.SerializerMethodField()
    updated_at = serializers.DateTimeField(source="last_changed_at")
    published_at = serializers.DateTimeField(allow_null=True)
    url = serializers.SerializerMethodField()
    api_url = serializers.SerializerMethodField()

    @extend_schema_field(CategoryRefSerializer(allow_null=True))
    def get_category(self, skill: Skill):
        if skill.category_id is None:
            return None
        return {"key": skill.category.key, "name": skill.category.name}

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_tags(self, skill: Skill) -> list[str]:
        return [t.key for t in skill.tags.all()]  # prefetched

    def get_installs(self, skill: Skill) -> int:
        pop = _popularity(skill)
        return pop.installs_total if pop else 0

    @extend_schema_field(RepositorySerializer)
    def get_repository(self, skill: Skill) -> dict:
        return _repository(skill)

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, skill: Skill) -> str | None:
        return SkillUrls.for_context(self.context).html(skill)

    @extend_schema_field(OpenApiTypes.URI)
    def get_api_url(self, skill: Skill) -> str:
        return SkillUrls.for_context(self.context).api(skill)


#: The columns of an API list row (`values()` names), joins included: what
#: SkillListSerializer reads.
LIST_VALUES = (
    "pk",
    "slug",
    "name",
    "summary",
    "category__key",
    "category__name",
    "license",
    "is_spec_valid",
    "has_scripts",
    "security_verdict",
    "stars",
    "popularity__installs_total",
    "repository_owner",
    "repository_name",
    "repository_url",
    "path",
    "last_changed_at",
    "published_at",
)
_DATETIME = serializers.DateTimeField()

# On PostgreSQL a list row's two date-times are read as PostgreSQL's text for them (ISO 8601
# with the offset: DateStyle ISO, which psycopg's own date-time loading needs as well) and
# parsed by `datetime.fromisoformat`: the loader Django installs for `timestamptz` is
# psycopg's pure-Python one (a regular expression and a dozen calls per value), about a
# tenth of a search page's rows and serialisation (issue #23). The same datetimes, the same
# output (tests/api/test_list_rows.py).
_TEXT_DATETIMES = {"last_changed_at": "last_changed_text", "published_at": "published_text"}


def list_columns(vendor: str) -> tuple[tuple[str, ...], dict]:
    """The keys of a list row on a database of this `vendor`, and the annotations among
    them."""
    if vendor != "postgresql":
        return LIST_VALUES, {}
    expressions = {
        text: Cast(name, output_field=TextField()) for name, text in _TEXT_DATETIMES.items()
    }
    return tuple(_TEXT_DATETIMES.get(name, name) for name in LIST_VALUES), expressions


class DateTimeText:
    """`serializers.DateTimeField().to_representation`, with the current time zone looked up
    once (per answer) instead of per value: ISO 8601, UTC as "Z". Takes a datetime or its
    ISO 8601 text with an offset (`list_columns`)."""

    def __init__(self):
        self.tz = timezone.get_current_timezone()

    def __call__(self, value: datetime | str | None) -> str | None:
        if not value:
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        if value.tzinfo is None:
            return _DATETIME.to_representation(value)  # naive: DRF's own handling
        try:
            text = value.astimezone(self.tz).isoformat()
        except OverflowError:
            return _DATETIME.to_representation(value)  # DRF's error
        return text[:-6] + "Z" if text.endswith("+00:00") else text


def _tag_keys(_shape, *skill_ids):
    return (
        Skill.tags.through.objects.filter(skill_id__in=skill_ids)
        .order_by("skill_id", "tag__key")
        .values_list("skill_id", "tag__key")
    )


_TAG_KEYS: dict[int, Statement] = {}  # by the number of skills: compiled once each


def skill_tag_keys(skill_ids: list, *, using: str | None = None) -> list[tuple]:
    """(skill id, tag key) of these skills (at most 100), by skill and key; the statement
    is compiled once per number of skills (marketplace.statements)."""
    statement = _TAG_KEYS.get(len(skill_ids))
    if statement is None:
        field = Skill.tags.through._meta.get_field("skill")
        statement = Statement(Skill.tags.through, _tag_keys, *[field] * len(skill_ids))
        if len(skill_ids) <= 100:
            _TAG_KEYS[len(skill_ids)] = statement
    return statement.rows(*skill_ids, using=using)


def skill_list_rows(qs):
    """`qs` (its filters and order kept) as rows (dicts) of `list_columns`."""
    names, expressions = list_columns(connections[qs.db].vendor)
    return qs.annotate(**expressions).values(*names) if expressions else qs.values(*names)


def skill_list_data(rows, *, request, using=None) -> list[dict]:
    """What `SkillListSerializer(many=True)` gives for these skills, key for key, from
    `skill_list_rows` rows and one statement for their tags: no model instances, no
    serializer fields per value (for a page of 20 they were most of an uncached API
    search's CPU, issue #23). SkillListSerializer stays the documented shape (OpenAPI);
    tests/api/test_list_rows.py holds the two to the same output."""
    rows = list(rows)
    if not rows:
        return []
    tags: dict = {}
    for skill_id, key in skill_tag_keys([row["pk"] for row in rows], using=using):
        tags.setdefault(skill_id, []).append(key)
    urls = SkillUrls(request)
    when = DateTimeText()
    out = []
    for row in rows:
        owner, name = row["repository_owner"], row["repository_name"]
        category = row["category__key"]
        if "last_changed_text" in row:  # PostgreSQL (`list_columns`)
            changed, published = row["last_changed_text"], row["published_text"]
        else:
            changed, published = row["last_changed_at"], row["published_at"]
        out.append(
            {
                "id": str(row["pk"]),
                "slug": row["slug"],
                "name": row["name"],
                "summary": row["summary"],
                "category": None
                if category is None
                else {"key": category, "name": row["category__name"]},
                "tags": tags.get(row["pk"], []),
                "license": row["license"],
                "is_spec_valid": row["is_spec_valid"],
                "has_scripts": row["has_scripts"],
                "security_verdict": row["security_verdict"],
                "stars": row["stars"],
                "installs": row["popularity__installs_total"] or 0,
                "repository": {
                    "full_name": f"{owner}/{name}" if owner and name else "",
                    "owner": owner,
                    "name": name,
                    "url": row["repository_url"],
                    "path": row["path"],
                },
                "updated_at": when(changed),
                "published_at": when(published),
                "url": urls.html_for(row["slug"]),
                "api_url": urls.api_for(row["pk"]),
            }
        )
    return out


class PopularitySerializer(serializers.Serializer):
    installs_total = serializers.IntegerField()
    installs_7d = serializers.IntegerField()
    installs_30d = serializers.IntegerField()
    downloads_total = serializers.IntegerField()
    copies_total = serializers.IntegerField()
    views_total = serializers.IntegerField()
    views_30d = serializers.IntegerField()
    score = serializers.FloatField()
    trending_score = serializers.FloatField()
    computed_at = serializers.DateTimeField(allow_null=True)


EMPTY_POPULARITY = {
    "installs_total": 0,
    "installs_7d": 0,
    "installs_30d": 0,
    "downloads_total": 0,
    "copies_total": 0,
    "views_total": 0,
    "views_30d": 0,
    "score": 0.0,
    "trending_score": 0.0,
    "computed_at": None,
}


class FileSerializer(serializers.Serializer):
    path = serializers.CharField()
    size = serializers.IntegerField()
    sha256 = serializers.CharField()
    is_text = serializers.BooleanField()
    is_stored = serializers.BooleanField(help_text="False when the bytes were not kept (too big).")
    url = serializers.SerializerMethodField()

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, file: SkillFile) -> str | None:
        version = self.context.get("version")
        skill = self.context.get("skill")
        if not file.is_stored or skill is None:
            return None
        request = self.context.get("request")
        url = skill_api_url(request, skill, "api-skill-file", path=file.path)
        if version is not None and version.pk != skill.latest_version_id:
            url += f"?version={version.content_hash}"
        return url


class ScanSerializer(serializers.Serializer):
    engine = serializers.CharField()
    scanner_version = serializers.CharField()
    verdict = serializers.CharField()
    risk_score = serializers.IntegerField()
    findings = serializers.ListField(child=serializers.DictField())
    scanned_at = serializers.DateTimeField()


class SourceLinkSerializer(serializers.Serializer):
    source = serializers.CharField(source="source.name")
    source_kind = serializers.CharField(source="source.kind")
    source_url = serializers.CharField(source="source.url")
    url = serializers.CharField()
    path = serializers.CharField()
    commit = serializers.CharField()
    is_canonical = serializers.BooleanField()
    first_seen_at = serializers.DateTimeField()
    last_seen_at = serializers.DateTimeField()


class VersionSummarySerializer(serializers.Serializer):
    content_hash = serializers.CharField()
    short_hash = serializers.CharField()
    commit = serializers.CharField()
    name = serializers.CharField()
    created_at = serializers.DateTimeField()
    is_spec_valid = serializers.BooleanField()
    security_verdict = serializers.CharField()
    risk_score = serializers.IntegerField()
    is_latest = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()

    def get_is_latest(self, version: SkillVersion) -> bool:
        return version.pk == self.context["skill"].latest_version_id

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, version: SkillVersion) -> str:
        return skill_api_url(
            self.context.get("request"),
            self.context["skill"],
            "api-skill-version",
            content_hash=version.content_hash,
        )


class VersionDetailSerializer(VersionSummarySerializer):
    description = serializers.CharField()
    frontmatter = serializers.DictField()
    body = serializers.CharField(help_text="The Markdown body of SKILL.md, as written.")
    body_html = serializers.CharField(help_text="The body rendered to sanitised HTML.")
    license = serializers.CharField()
    license_confidence = serializers.FloatField()
    capabilities = serializers.DictField()
    problems = serializers.ListField(child=serializers.DictField())
    files = serializers.SerializerMethodField()
    security_scans = serializers.SerializerMethodField()
    download_url = serializers.SerializerMethodField()

    @extend_schema_field(FileSerializer(many=True))
    def get_files(self, version: SkillVersion) -> list:
        context = {**self.context, "version": version}
        return FileSerializer(version.files.all(), many=True, context=context).data

    @extend_schema_field(ScanSerializer(many=True))
    def get_security_scans(self, version: SkillVersion) -> list:
        return ScanSerializer(version.scans.all(), many=True).data

    @extend_schema_field(OpenApiTypes.URI)
    def get_download_url(self, version: SkillVersion) -> str:
        url = skill_api_url(
            self.context.get("request"), self.context["skill"], "api-skill-download"
        )
        return f"{url}?version={version.content_hash}"


class DerivedFromSerializer(serializers.Serializer):
    slug = serializers.CharField()
    similarity = serializers.FloatField(allow_null=True, help_text="0.80 to 1.0")
    url = serializers.URLField()
    api_url = serializers.URLField()


class SkillDetailSerializer(SkillListSerializer):
    """Everything the skill page shows."""

    status = serializers.CharField()
    description = serializers.CharField(help_text="Markdown, from the frontmatter.")
    description_html = serializers.CharField(help_text="The description as sanitised HTML.")
    skill_type = serializers.CharField()
    spec_format = serializers.CharField()
    spec_version = serializers.CharField()
    capabilities = serializers.DictField()
    trigger_hints = serializers.ListField(child=serializers.CharField())
    license_confidence = serializers.FloatField()
    first_seen_at = serializers.DateTimeField()
    is_gone = serializers.BooleanField()
    popularity = serializers.SerializerMethodField()
    source_links = serializers.SerializerMethodField()
    latest_version = serializers.SerializerMethodField()
    install = serializers.SerializerMethodField()
    derived_from = serializers.SerializerMethodField(
        help_text="The listing of another repository this one is a close, edited copy of "
        "(content similarity >= 0.80, see docs/INGESTION.md); null when none."
    )

    @extend_schema_field(DerivedFromSerializer(allow_null=True))
    def get_derived_from(self, skill: Skill):
        original = skill.derived_from
        if original is None:
            return None
        urls = SkillUrls.for_context(self.context)
        return {
            "slug": original.slug,
            "similarity": skill.derived_similarity,
            "url": urls.html(original),
            "api_url": urls.api(original),
        }

    @extend_schema_field(PopularitySerializer)
    def get_popularity(self, skill: Skill) -> dict:
        pop = _popularity(skill)
        return PopularitySerializer(pop).data if pop else dict(EMPTY_POPULARITY)

    @extend_schema_field(SourceLinkSerializer(many=True))
    def get_source_links(self, skill: Skill) -> list:
        return SourceLinkSerializer(skill.source_links.all(), many=True).data

    @extend_schema_field(VersionDetailSerializer(allow_null=True))
    def get_latest_version(self, skill: Skill):
        if skill.latest_version is None:
            return None
        return VersionDetailSerializer(
            skill.latest_version, context={**self.context, "skill": skill}
        ).data

    @extend_schema_field(
        {
            "type": "object",
            "properties": {
                "skills_cli": {
                    "type": "string",
                    "description": "Installs the reviewed version served by this marketplace.",
                },
                "skills_cli_pinned": {
                    "type": "string",
                    "description": "Installs exactly `version`, even after a newer one is "
                    'published ("" when the skill has no published version).',
                },
                "version": {"type": "string", "description": "Content hash of that version."},
                "download_url": {"type": "string", "format": "uri"},
                "download_url_pinned": {"type": "string", "format": "uri"},
            },
        }
    )
    def get_install(self, skill: Skill) -> dict:
        live = skill.latest_version if skill.status == Skill.Status.PUBLISHED else None
        return install_data(
            self.context.get("request"),
            pk=skill.pk,
            slug=skill.slug,
            name=skill.name,
            owner=skill.repository_owner,
            repo=skill.repository_name,
            content_hash=live.content_hash if live is not None else "",
        )


def install_data(
    request, *, pk, slug: str, name: str, owner: str, repo: str, content_hash: str
) -> dict:
    """A skill's `install` block: the skills CLI commands and download URLs of its live
    version (`content_hash`, "" when it has none)."""
    base = request.build_absolute_uri("/").rstrip("/") if request is not None else ""
    # The well-known index of the repository serves this skill under this name.
    headline, pinned = skills_cli_commands(
        base_url=base,
        owner=owner,
        repo=repo,
        cli_name=index_name(slug.rsplit("/", 1)[-1] or name),
        content_hash=content_hash,
    )
    download = skill_api_url_for(request, pk, "api-skill-download")
    return {
        "skills_cli": headline,
        "skills_cli_pinned": pinned,
        "version": content_hash,
        "download_url": download,
        "download_url_pinned": f"{download}?version={content_hash}" if content_hash else "",
    }


class CategorySerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="Also accepted by the skill list's `category_id`.")
    key = serializers.CharField()
    name = serializers.CharField()
    description = serializers.CharField()
    skill_count = serializers.IntegerField(help_text="Published skills in the category.")


class TagSerializer(serializers.Serializer):
    key = serializers.CharField()
    name = serializers.CharField()
    skill_count = serializers.IntegerField(help_text="Published skills with the tag.")
