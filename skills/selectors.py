"""Reads of the public catalogue: search, listings and the skill page.

Pages and the JSON API call these; each returns a QuerySet (or a small bundle of them)
with its joins done, so a page runs a fixed number of queries whatever the number of
results. Lists never load version bodies or rendered HTML.

Search on PostgreSQL uses the stored weighted tsvector (GIN index) with
`websearch_to_tsquery('simple', q)` OR a trigram match on names (so typos still find a
skill), ranked by text rank + name similarity blended with popularity. Queries in
Chinese, Japanese or Korean are not split into words by the `simple` configuration, so
they fall back to substring matching (ILIKE) on name, summary and description. On SQLite
every query is a case-insensitive LIKE search over the same fields plus tags and body.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    FloatField,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Greatest, Ln

from skills.cache import catalogue_version
from skills.models import Category, Skill, SkillSourceLink, SkillVersion, Tag

SORTS = ("relevance", "popular", "trending", "new", "latest", "stars", "name")
SORT_LABELS = {
    "relevance": "Best match",
    "popular": "Most installed",
    "trending": "Trending",
    "new": "Newest",
    "latest": "Recently updated",
    "stars": "GitHub stars",
    "name": "Name",
}
VERDICTS = ("pass", "review", "fail", "unscanned")
MAX_QUERY_CHARS = 200
MAX_QUERY_TERMS = 12
TRIGRAM_THRESHOLD = 0.3

# Fields a list (cards, API list) never needs: heavy text and the search document.
LIST_DEFERRED = (
    "description_html",
    "search_vector",
    "capabilities",
    "trigger_hints",
    "negative_triggers",
    "latest_version__body",
    "latest_version__body_html",
    "latest_version__frontmatter",
    "latest_version__file_manifest",
    "latest_version__problems",
    "latest_version__description",
    "latest_version__capabilities",
)

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\u1100-\u11ff]")
_TERM = re.compile(r"[^\s\"]+")


@dataclass(frozen=True)
class SkillFilters:
    category: str | None = None
    tag: str | None = None
    has_scripts: bool | None = None
    license: str | None = None
    spec_valid: bool | None = None
    verdict: str | None = None  # pass | review | fail | unscanned
    source: str | None = None  # "owner/repo"
    updated_since: datetime | None = None

    @property
    def active(self) -> bool:
        return any(getattr(self, f) not in (None, "") for f in self.__dataclass_fields__)


def query_normalize(query: str) -> str:
    """Collapse whitespace and cap the length of a search query."""
    return " ".join((query or "").split())[:MAX_QUERY_CHARS]


def query_terms(query: str) -> list[str]:
    """The words of a query worth highlighting: no operators, no excluded (-word) terms."""
    terms: list[str] = []
    for raw in _TERM.findall(query_normalize(query)):
        if raw.startswith("-") or raw.upper() == "OR":
            continue
        term = raw.strip("'\"()")
        if term and term.lower() not in (t.lower() for t in terms):
            terms.append(term)
    return terms[:MAX_QUERY_TERMS]


def is_cjk(query: str) -> bool:
    return bool(_CJK.search(query or ""))


def _has_operators(query: str) -> bool:
    return '"' in query or any(w.startswith("-") or w == "OR" for w in query.split())


def _on_postgres() -> bool:
    return connection.vendor == "postgresql"


def skill_list_queryset() -> QuerySet[Skill]:
    """Published skills with what a card needs, and nothing heavy."""
    return (
        Skill.objects.published()
        .select_related("category", "latest_version", "popularity")
        .defer(*LIST_DEFERRED)
    )


def _apply_filters(qs: QuerySet[Skill], filters: SkillFilters) -> QuerySet[Skill]:
    if filters.category:
        qs = qs.filter(category__key=filters.category)
    if filters.tag:
        qs = qs.filter(
            Exists(Skill.tags.through.objects.filter(skill_id=OuterRef("pk"), tag__key=filters.tag))
        )
    if filters.has_scripts is not None:
        qs = qs.filter(has_scripts=filters.has_scripts)
    if filters.license:
        qs = qs.filter(license__iexact=filters.license)
    if filters.spec_valid is not None:
        qs = qs.filter(is_spec_valid=filters.spec_valid)
    if filters.verdict:
        qs = qs.filter(security_verdict="" if filters.verdict == "unscanned" else filters.verdict)
    if filters.source:
        owner, _, repo = filters.source.partition("/")
        qs = qs.filter(repository_owner__iexact=owner, repository_name__iexact=repo)
    if filters.updated_since:
        qs = qs.filter(last_changed_at__gte=filters.updated_since)
    return qs


def _popularity_boost():
    # 1 + ln(1 + installs) / 10: ten times more installs lifts relevance by ~23%.
    return Value(1.0) + Ln(Value(1.0) + F("installs_total") * Value(1.0)) / Value(10.0)


def _search_postgres(qs: QuerySet[Skill], query: str) -> QuerySet[Skill]:
    from django.contrib.postgres.search import SearchQuery, SearchRank, TrigramSimilarity

    if is_cjk(query):
        match = Q(name__icontains=query) | Q(summary__icontains=query) | Q(description__icontains=query)
        text_rank = Value(0.0, output_field=FloatField())
    else:
        tsquery = SearchQuery(query, search_type="websearch", config="simple")
        match = Q(search_vector=tsquery)
        if not _has_operators(query):  # "pdf -merge" must not match pdf-merge by trigrams
            match |= Q(name__trigram_similar=query)
        text_rank = SearchRank(F("search_vector"), tsquery)
    similarity = TrigramSimilarity("name", query)
    return qs.filter(match).annotate(
        relevance=(Greatest(text_rank, Value(0.0)) + similarity) * _popularity_boost()
    )


def _search_like(qs: QuerySet[Skill], query: str) -> QuerySet[Skill]:
    terms = query_terms(query) or [query]
    for term in terms:
        tag_match = Skill.tags.through.objects.filter(skill_id=OuterRef("pk")).filter(
            Q(tag__name__icontains=term) | Q(tag__key__icontains=term)
        )
        qs = qs.filter(
            Q(name__icontains=term)
            | Q(summary__icontains=term)
            | Q(description__icontains=term)
            | Q(latest_version__body__icontains=term)
            | Exists(tag_match)
        )
    # Name matches first, then summary, then the rest; popularity breaks ties.
    first = terms[0]
    return qs.annotate(
        relevance=Case(
            When(name__iexact=first, then=Value(4.0)),
            When(name__icontains=first, then=Value(3.0)),
            When(summary__icontains=first, then=Value(2.0)),
            default=Value(1.0),
            output_field=FloatField(),
        )
        * _popularity_boost()
    )


COUNT_CAP = 10_000  # result counts are exact up to here, then shown as "10,000+"

_ORDERINGS = {
    # installs_total and trending_score are copied onto Skill by compute_rankings (indexed).
    "popular": ("-installs_total", "-stars", "name", "pk"),
    "trending": ("-trending_score", "-stars", "name", "pk"),
    "new": ("-first_seen_at", "name", "pk"),
    "latest": ("-last_changed_at", "name", "pk"),
    "stars": ("-stars", "name", "pk"),
    "name": ("name", "pk"),
}


def skill_search(
    *, query: str = "", filters: SkillFilters = SkillFilters(), sort: str = ""
) -> QuerySet[Skill]:
    """Published skills matching a free-text query and filters, in the requested order.

    `sort` is one of SORTS; empty or unknown means relevance with a query, else popular.
    With a query every row has a `relevance` annotation (higher is better).
    """
    query = query_normalize(query)
    qs = _apply_filters(skill_list_queryset(), filters)
    if query:
        qs = _search_postgres(qs, query) if _on_postgres() else _search_like(qs, query)
    if sort not in SORTS or (sort == "relevance" and not query):
        sort = "relevance" if query else "popular"
    if sort == "relevance":
        return qs.order_by(F("relevance").desc(), "name", "pk")
    return qs.order_by(*_ORDERINGS[sort])


def skill_suggestions(*, query: str, limit: int = 5) -> list[Skill]:
    """Published skills whose names are close to `query` (for "did you mean")."""
    query = query_normalize(query)
    if not query:
        return []
    qs = skill_list_queryset()
    if _on_postgres():
        from django.contrib.postgres.search import TrigramSimilarity, TrigramWordSimilarity

        return list(
            qs.annotate(
                closeness=Greatest(TrigramSimilarity("name", query), TrigramWordSimilarity(query, "name"))
            )
            .filter(closeness__gte=0.2)
            .order_by("-closeness", "name")[:limit]
        )
    # SQLite (development): compare against names in Python; bounded to keep it cheap.
    names = dict(qs.values_list("name", "pk")[:20000].iterator())
    lowered = {name.lower(): name for name in names}
    close = difflib.get_close_matches(query.lower(), list(lowered), n=limit, cutoff=0.6)
    if not close:
        return []
    pks = [names[lowered[c]] for c in close]
    by_pk = {s.pk: s for s in qs.filter(pk__in=pks)}
    return [by_pk[pk] for pk in pks if pk in by_pk]


# --- Listings -------------------------------------------------------------------------


def categories_with_counts() -> QuerySet[Category]:
    return (
        Category.objects.filter(is_active=True)
        .annotate(skill_count=Count("skills", filter=Q(skills__status=Skill.Status.PUBLISHED)))
        .order_by("sort_order", "name")
    )


def _catalogue_cached(name: str, compute):
    """Catalogue-wide aggregates (counts over every skill) change slowly: cache them for
    CATALOGUE_CACHE_SECONDS (default 300) so no page pays a full scan per request."""
    ttl = getattr(settings, "CATALOGUE_CACHE_SECONDS", 300)
    if not ttl:
        return compute()
    return cache.get_or_set(f"catalogue:{catalogue_version()}:{name}", compute, ttl)


def categories_with_counts_cached() -> list[Category]:
    return _catalogue_cached("categories", lambda: list(categories_with_counts()))


def catalogue_totals() -> dict:
    """Totals for the home page, in one query (cached)."""
    return _catalogue_cached("totals", lambda: Skill.objects.published().aggregate(
        skills=Count("pk"),
        repositories=Count("repository_url", distinct=True),
        installs=Coalesce(Sum("installs_total"), 0),
    ))


def home_sections(*, limit: int = 6) -> dict:
    base = skill_list_queryset()
    return {
        "trending": list(base.order_by(*_ORDERINGS["trending"])[:limit]),
        "newest": list(base.order_by(*_ORDERINGS["new"])[:limit]),
        "popular": list(base.order_by(*_ORDERINGS["popular"])[:limit]),
        "categories": categories_with_counts_cached(),
        "totals": catalogue_totals(),
    }


def repository_skills(*, owner: str, repo: str) -> QuerySet[Skill]:
    return skill_search(filters=SkillFilters(source=f"{owner}/{repo}"), sort="popular")


def license_choices(*, limit: int = 30) -> list[str]:
    """The most common licenses of published skills, for the filter menu (cached)."""
    return _catalogue_cached(f"licenses:{limit}", lambda: list(
        Skill.objects.published().exclude(license="")
        .values_list("license", flat=True).annotate(n=Count("pk")).order_by("-n", "license")[:limit]
    ))


def tag_get(*, key: str) -> Tag | None:
    return Tag.objects.filter(key=key).first()


# --- The skill page -------------------------------------------------------------------


def skill_get(*, slug: str, user=None, with_latest: bool = True) -> Skill | None:
    """The skill at `slug` if `user` may see it (staff also see hidden ones), with its
    category, popularity, tags, the skill it mirrors and (unless `with_latest` is False,
    when another version is shown) its latest version's content."""
    related = ["category", "popularity", "mirror_of"] + (["latest_version"] if with_latest else [])
    return (
        Skill.objects.visible_to(user)
        .select_related(*related)
        .prefetch_related("tags")
        .defer("search_vector", "mirror_of__search_vector", "mirror_of__description_html")
        .filter(slug=slug)
        .first()
    )


def skill_versions(*, skill: Skill, scans_for=None) -> list[SkillVersion]:
    """Version history (no content), newest first.

    With `scans_for` (a version id), that version's row also carries the findings and
    verdict of its scan (`scan_findings`, `scan_verdict`, `scan_count`), saving the skill
    page a query; when several engines scanned it, `scan_findings` is the riskiest one's.
    """
    qs = SkillVersion.objects.filter(skill=skill).only(
        "id", "skill_id", "content_hash", "commit", "created_at", "security_verdict", "is_spec_valid"
    )
    if scans_for is not None:
        from moderation.models import ScanResult

        scans = ScanResult.objects.filter(version=OuterRef("pk")).order_by("-risk_score", "engine")
        is_target = Q(pk=scans_for)
        qs = qs.annotate(
            scan_findings=Case(When(is_target, then=Subquery(scans.values("findings")[:1]))),
            scan_verdict=Case(When(is_target, then=Subquery(scans.values("verdict")[:1]))),
            scan_count=Case(
                When(is_target, then=Subquery(
                    ScanResult.objects.filter(version=OuterRef("pk")).values("version")
                    .annotate(n=Count("pk")).values("n")[:1]
                )),
                default=Value(0),
            ),
        )
    return list(qs.order_by("-created_at")[:100])


def skill_version_get(*, skill: Skill, content_hash: str) -> SkillVersion | None:
    """A version of `skill` by full hash or a prefix of at least 7 hex characters."""
    if not re.fullmatch(r"[0-9a-f]{7,64}", content_hash or ""):
        return None
    return (
        SkillVersion.objects.filter(skill=skill, content_hash__startswith=content_hash)
        .order_by("-created_at")
        .first()
    )


def skill_source_links(*, skill: Skill) -> list[SkillSourceLink]:
    return list(SkillSourceLink.objects.filter(skill=skill).select_related("source").order_by("-is_canonical", "first_seen_at"))


def skill_neighbours(*, skill: Skill, limit: int = 6) -> tuple[list[Skill], list[Skill]]:
    """(more from the same repository, related by category or tags) in one query."""
    same_repo = Q(repository_owner=skill.repository_owner, repository_name=skill.repository_name) & ~Q(
        repository_owner=""
    )
    tag_ids = [t.pk for t in skill.tags.all()]  # prefetched
    related = Q(pk__in=[])
    if skill.category_id:
        related |= Q(category_id=skill.category_id)
    if tag_ids:
        related |= Exists(
            Skill.tags.through.objects.filter(skill_id=OuterRef("pk"), tag_id__in=tag_ids)
        )
    # Two LIMITed id subqueries, each walking the popularity index until it has `limit`
    # rows, in one statement (a window over every skill of a big category took seconds).
    order = _ORDERINGS["popular"]
    candidates = Skill.objects.published().exclude(pk=skill.pk)
    repo_ids = candidates.filter(same_repo).order_by(*order).values("pk")[:limit]
    related_ids = candidates.filter(related).exclude(same_repo).order_by(*order).values("pk")[:limit]
    group = Case(When(same_repo, then=Value(1)), default=Value(2), output_field=IntegerField())
    if connection.features.supports_slicing_ordering_in_compound:  # PostgreSQL
        # One IN over a UNION ALL lets the planner fetch the 12 rows by primary key.
        wanted = Q(pk__in=repo_ids.union(related_ids, all=True))
    else:  # SQLite cannot LIMIT inside a compound statement (and its data is small)
        wanted = Q(pk__in=repo_ids) | Q(pk__in=related_ids)
    qs = (
        skill_list_queryset()
        .filter(wanted)
        .annotate(group=group)
        .order_by("group", *order)
    )
    rows = list(qs)
    return [s for s in rows if s.group == 1], [s for s in rows if s.group == 2]
