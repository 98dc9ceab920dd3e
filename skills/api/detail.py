"""The skill API's detail answer (`GET /api/v1/skills/{key}`) built from plain rows.

`SkillDetailSerializer` over a `select_related` skill (category, latest version, popularity,
derived-from) with four prefetches made five model kinds and about 150 serializer fields
per answer: about two thirds of an uncached detail's CPU (issue #23). Here the same five
statements read `values()` rows and `skill_detail_data` writes the serializer's output
key for key, with the serializer fields' own conversions (str, int, float, ISO 8601
date-times, dicts with string keys). `SkillDetailSerializer` stays the documented shape
(OpenAPI); tests/api/test_detail_rows.py holds the two to the same bytes.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from marketplace.statements import Statement
from moderation.models import ScanResult
from skills.api.serializers import (
    EMPTY_POPULARITY,
    DateTimeText,
    SkillUrls,
    install_data,
    skill_api_url_for,
)
from skills.models import Skill, SkillFile, SkillSourceLink, is_staff_viewer

# PopularitySerializer's fields, in its order (EMPTY_POPULARITY is its empty answer).
_POPULARITY = tuple(EMPTY_POPULARITY)
_POPULARITY_FLOATS = frozenset(k for k, v in EMPTY_POPULARITY.items() if isinstance(v, float))
_VERSION = (
    "id",
    "content_hash",
    "commit",
    "name",
    "created_at",
    "is_spec_valid",
    "security_verdict",
    "risk_score",
    "description",
    "frontmatter",
    "body",
    "body_html",
    "license",
    "license_confidence",
    "capabilities",
    "problems",
)

#: The columns of a detail answer (`values()` names), joins included.
DETAIL_VALUES = (
    "pk",
    "slug",
    "name",
    "summary",
    "category_id",
    "category__key",
    "category__name",
    "license",
    "is_spec_valid",
    "has_scripts",
    "security_verdict",
    "stars",
    "repository_owner",
    "repository_name",
    "repository_url",
    "path",
    "last_changed_at",
    "published_at",
    "status",
    "description",
    "description_html",
    "skill_type",
    "spec_format",
    "spec_version",
    "capabilities",
    "trigger_hints",
    "license_confidence",
    "first_seen_at",
    "gone_at",
    "updated_at",
    "derived_from_id",
    "derived_from__slug",
    "derived_similarity",
    "latest_version_id",
    "popularity__pk",
    *(f"popularity__{name}" for name in _POPULARITY),
    *(f"latest_version__{name}" for name in _VERSION),
)


def _text(value) -> str | None:
    return None if value is None else str(value)


def _dict(value) -> dict | None:
    """DictField: the keys as strings, the values as they are."""
    return None if value is None else {str(k): v for k, v in value.items()}


def _dicts(value) -> list | None:
    """ListField(child=DictField())."""
    return None if value is None else [_dict(item) for item in value]


def _texts(value) -> list | None:
    """ListField(child=CharField())."""
    return None if value is None else [_text(item) for item in value]


def _detail_statement(by: str) -> Statement:
    def build(staff: bool, key):
        visible = Skill.objects.visible(staff=staff)
        return visible.filter(**{by: key}).order_by().values_list(*DETAIL_VALUES)[:1]

    return Statement(Skill, build, Skill._meta.get_field(by))


# Compiled once per database (marketplace.statements): building and compiling these cost
# more than the rest of the answer.
_BY_ID, _BY_SLUG = _detail_statement("id"), _detail_statement("slug")
_TAGS = Statement(
    Skill.tags.through,
    lambda _shape, skill_id: (
        Skill.tags.through.objects.filter(skill_id=skill_id)
        .order_by("tag__key")
        .values_list("tag__key")
    ),
    Skill.tags.through._meta.get_field("skill"),
)
_LINKS = Statement(
    SkillSourceLink,
    lambda _shape, skill_id: (
        SkillSourceLink.objects.filter(skill_id=skill_id)
        .order_by("-is_canonical", "first_seen_at")
        .values_list(
            "source__name",
            "source__kind",
            "source__url",
            "url",
            "path",
            "commit",
            "is_canonical",
            "first_seen_at",
            "last_seen_at",
        )
    ),
    SkillSourceLink._meta.get_field("skill"),
)
_FILES = Statement(
    SkillFile,
    lambda _shape, version_id: (
        SkillFile.objects.filter(version_id=version_id)
        .order_by("path")
        .values_list("path", "size", "sha256", "is_text", "storage_key")
    ),
    SkillFile._meta.get_field("version"),
)
_SCANS = Statement(
    ScanResult,
    lambda _shape, version_id: (
        ScanResult.objects.filter(version_id=version_id)
        .order_by("engine")
        .values_list("engine", "scanner_version", "verdict", "risk_score", "findings", "scanned_at")
    ),
    ScanResult._meta.get_field("version"),
)


def skill_key(key: str) -> tuple[str, object]:
    """("id", UUID) or ("slug", key): what a skill `key` of the API names (as
    skills.api.views.skill_lookup)."""
    try:
        return "id", uuid.UUID(key)
    except ValueError:
        return "slug", key


def skill_detail_row(*, key: str, user) -> dict | None:
    """The skill `key` (UUID or slug) names, if `user` may see it, as a DETAIL_VALUES row."""
    by, value = skill_key(key)
    rows = (_BY_ID if by == "id" else _BY_SLUG).rows(value, shape=is_staff_viewer(user))
    return dict(zip(DETAIL_VALUES, rows[0], strict=True)) if rows else None


def skill_detail_data(row: dict, *, request) -> dict:
    """What `SkillDetailSerializer(skill).data` gives for the skill of `row` (a
    `skill_detail_row`), reading its tags, sources, files and scans (one statement each).
    `row` comes from `skill_detail_row`."""
    pk = row["pk"]
    when = DateTimeText()
    urls = SkillUrls(request)
    owner, name = row["repository_owner"], row["repository_name"]
    category = row["category__key"]
    data = {
        "id": str(pk),
        "slug": _text(row["slug"]),
        "name": _text(row["name"]),
        "summary": _text(row["summary"]),
        "category": None
        if row["category_id"] is None
        else {"key": category, "name": row["category__name"]},
        "tags": [key for (key,) in _TAGS.rows(pk)],
        "license": _text(row["license"]),
        "is_spec_valid": row["is_spec_valid"],
        "has_scripts": row["has_scripts"],
        "security_verdict": _text(row["security_verdict"]),
        "stars": row["stars"],
        "installs": row["popularity__installs_total"] if row["popularity__pk"] is not None else 0,
        "repository": {
            "full_name": f"{owner}/{name}" if owner and name else "",
            "owner": owner,
            "name": name,
            "url": row["repository_url"],
            "path": row["path"],
        },
        "updated_at": when(row["last_changed_at"]),
        "published_at": when(row["published_at"]),
        "url": urls.html_for(row["slug"]),
        "api_url": urls.api_for(pk),
        "status": _text(row["status"]),
        "description": _text(row["description"]),
        "description_html": _text(row["description_html"]),
        "skill_type": _text(row["skill_type"]),
        "spec_format": _text(row["spec_format"]),
        "spec_version": _text(row["spec_version"]),
        "capabilities": _dict(row["capabilities"]),
        "trigger_hints": _texts(row["trigger_hints"]),
        "license_confidence": None
        if row["license_confidence"] is None
        else float(row["license_confidence"]),
        "first_seen_at": when(row["first_seen_at"]),
        "is_gone": row["gone_at"] is not None,
        "popularity": _popularity(row, when),
        "source_links": [
            {
                "source": _text(source),
                "source_kind": _text(kind),
                "source_url": _text(source_url),
                "url": _text(url),
                "path": _text(path),
                "commit": _text(commit),
                "is_canonical": is_canonical,
                "first_seen_at": when(first_seen),
                "last_seen_at": when(last_seen),
            }
            for (
                source,
                kind,
                source_url,
                url,
                path,
                commit,
                is_canonical,
                first_seen,
                last_seen,
            ) in _LINKS.rows(pk)
        ],
        "latest_version": _latest_version(row, request=request, when=when),
        "install": install_data(
            request,
            pk=pk,
            slug=row["slug"],
            name=row["name"],
            owner=owner,
            repo=name,
            content_hash=row["latest_version__content_hash"] or ""
            if row["status"] == Skill.Status.PUBLISHED and row["latest_version_id"] is not None
            else "",
        ),
        "derived_from": None
        if row["derived_from_id"] is None
        else {
            "slug": row["derived_from__slug"],
            "similarity": row["derived_similarity"],
            "url": urls.html_for(row["derived_from__slug"]),
            "api_url": urls.api_for(row["derived_from_id"]),
        },
    }
    return data


def skill_detail_last_modified(row: dict) -> datetime:
    """The answer's Last-Modified: the latest of the skill's own and its popularity's dates."""
    stamps = [row["updated_at"], row["last_changed_at"], row["popularity__computed_at"]]
    return max(s for s in stamps if s)


def _popularity(row: dict, when: DateTimeText) -> dict:
    if row["popularity__pk"] is None:
        return dict(EMPTY_POPULARITY)
    out = {}
    for name in _POPULARITY:
        value = row[f"popularity__{name}"]
        if value is None:
            out[name] = None
        elif name == "computed_at":
            out[name] = when(value)
        else:
            out[name] = float(value) if name in _POPULARITY_FLOATS else int(value)
    return out


def _latest_version(row: dict, *, request, when: DateTimeText):
    """VersionDetailSerializer's output for the skill's latest version (None without one)."""
    version_id = row["latest_version_id"]
    if version_id is None:
        return None
    v = {name: row[f"latest_version__{name}"] for name in _VERSION}
    pk, content_hash = row["pk"], v["content_hash"]
    download = skill_api_url_for(request, pk, "api-skill-download")
    return {
        "content_hash": _text(content_hash),
        "short_hash": _text(content_hash[:12]),
        "commit": _text(v["commit"]),
        "name": _text(v["name"]),
        "created_at": when(v["created_at"]),
        "is_spec_valid": v["is_spec_valid"],
        "security_verdict": _text(v["security_verdict"]),
        "risk_score": None if v["risk_score"] is None else int(v["risk_score"]),
        "is_latest": True,
        "url": skill_api_url_for(request, pk, "api-skill-version", content_hash=content_hash),
        "description": _text(v["description"]),
        "frontmatter": _dict(v["frontmatter"]),
        "body": _text(v["body"]),
        "body_html": _text(v["body_html"]),
        "license": _text(v["license"]),
        "license_confidence": None
        if v["license_confidence"] is None
        else float(v["license_confidence"]),
        "capabilities": _dict(v["capabilities"]),
        "problems": _dicts(v["problems"]),
        "files": [
            {
                "path": _text(path),
                "size": int(size),
                "sha256": _text(sha256),
                "is_text": is_text,
                "is_stored": bool(storage_key),
                "url": skill_api_url_for(request, pk, "api-skill-file", path=path)
                if storage_key
                else None,
            }
            for path, size, sha256, is_text, storage_key in _FILES.rows(version_id)
        ],
        "security_scans": [
            {
                "engine": _text(engine),
                "scanner_version": _text(scanner_version),
                "verdict": _text(verdict),
                "risk_score": int(risk_score),
                "findings": _dicts(findings),
                "scanned_at": when(scanned_at),
            }
            for engine, scanner_version, verdict, risk_score, findings, scanned_at in _SCANS.rows(
                version_id
            )
        ],
        "download_url": f"{download}?version={content_hash}",
    }
