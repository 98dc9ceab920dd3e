"""skills.sh-compatible search and download, so the `skills` CLI (npm `skills`) can use this
marketplace as its registry. The shapes are the ones the CLI reads (skills@1.5.18):

- `GET /api/search?q=&limit=&owner=` -> `{"skills": [{"id", "name", "source", "installs"}]}`,
  read by `SKILLS_API_URL=https://HOST npx skills find <query>`. `id` is the skill's slug
  `owner/repo/skill`, `source` its repository `owner/repo`, `name` the name the CLI's
  `--skill` and our well-known index use.
- `GET /api/download/<owner>/<repo>/<slug>` -> `{"files": [{"path", "contents"}], "hash"}`,
  the snapshot the CLI's blob install fetches from `SKILLS_DOWNLOAD_URL`: the files of the
  skill's published (reviewed) version, with `hash` = sha256 over each file's path then
  contents, files sorted by path, as the CLI's `computeSnapshotHash` does. `slug` is the
  CLI's slug of the skill's name (lowercase, spaces and `_` to `-`, other characters
  dropped); the slug's last segment is accepted too. Snapshots carry text only (the CLI
  writes `contents` as UTF-8), so binary files are left out and named in `skipped`, as are
  the files the version's ZIP leaves out (skills.downloads.servable_files).

Both are anonymous, read-only, throttled like the rest of the API and open to any origin.
"""

from __future__ import annotations

import hashlib
import re

from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import exceptions, serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from marketplace.api import (
    ConditionalGetMixin,
    ErrorSerializer,
    PayloadTooLarge,
    reject_unknown_query_params,
)
from skills.downloads import servable_files
from skills.ingestion.archives import DEFAULT_MAX_MEMBERS, DEFAULT_MAX_TOTAL_BYTES
from skills.install import index_name
from skills.models import Skill, SkillFile
from skills.selectors import SkillFilters, skill_search
from skills.storage import blob_read

SEARCH_LIMIT_MAX = 100
_OWNER = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._-]{0,99})")


def cli_slug(name: str) -> str:
    """The skills CLI's `toSkillSlug`: lowercase, whitespace and `_` to `-`, anything but
    a-z, 0-9 and `-` dropped, hyphens collapsed and trimmed."""
    slug = re.sub(r"[\s_]+", "-", (name or "").lower())
    slug = re.sub(r"[^a-z0-9-]", "", slug)
    return re.sub(r"-+", "-", slug).strip("-")


def skill_cli_name(skill: Skill) -> str:
    """The name a skill has for the CLI: its slug's last segment as an index name (the
    same as in /r/<owner>/<repo>/.well-known/agent-skills/index.json)."""
    return index_name(skill.slug.rsplit("/", 1)[-1] or skill.name)


class SearchQuerySerializer(serializers.Serializer):
    q = serializers.CharField(max_length=200, help_text="Free text (the site's search).")
    limit = serializers.IntegerField(min_value=1, max_value=SEARCH_LIMIT_MAX, default=10)
    owner = serializers.RegexField(
        _OWNER, required=False, help_text="Only skills of this repository owner."
    )


SearchResultSerializer = inline_serializer(
    name="SkillsShSearch",
    fields={
        "skills": serializers.ListField(
            child=inline_serializer(
                name="SkillsShSkill",
                fields={
                    "id": serializers.CharField(help_text="The slug owner/repo/skill."),
                    "name": serializers.CharField(),
                    "source": serializers.CharField(help_text="The repository owner/repo."),
                    "installs": serializers.IntegerField(),
                },
            )
        )
    },
)


def skills_sh_search(*, query: str, limit: int, owner: str | None = None) -> list[dict]:
    """The search answer's entries (the site's search, best first)."""
    qs = skill_search(query=query, filters=SkillFilters(), sort="")
    if owner:
        qs = qs.filter(repository_owner__iexact=owner)
    results = []
    for skill in qs[:limit]:
        popularity = getattr(skill, "popularity", None)
        source = (
            f"{skill.repository_owner}/{skill.repository_name}"
            if skill.repository_owner and skill.repository_name
            else skill.slug.rsplit("/", 1)[0]
        )
        results.append(
            {
                "id": skill.slug,
                "name": skill_cli_name(skill),
                "source": source,
                "installs": popularity.installs_total if popularity else 0,
            }
        )
    return results


class SkillsShSearchView(APIView):
    """`GET /api/search`: the skills.sh search the `skills find` command calls."""

    @extend_schema(
        operation_id="skills_sh_search",
        summary="skills.sh-compatible search (for `SKILLS_API_URL=HOST npx skills find`)",
        parameters=[SearchQuerySerializer],
        responses={200: SearchResultSerializer, 400: ErrorSerializer},
    )
    def get(self, request):
        reject_unknown_query_params(request, SearchQuerySerializer().fields)
        params = SearchQuerySerializer(data=request.query_params)
        params.is_valid(raise_exception=True)
        data = params.validated_data
        skills = skills_sh_search(
            query=data["q"], limit=data["limit"], owner=data.get("owner") or None
        )
        response = Response({"skills": skills})
        response["Cache-Control"] = "public, max-age=60"
        return response


# --- Download -----------------------------------------------------------------------------


def snapshot_hash(files: list[dict]) -> str:
    """The CLI's `computeSnapshotHash`: sha256 over path then contents, sorted by path."""
    digest = hashlib.sha256()
    for file in sorted(files, key=lambda f: f["path"]):
        digest.update(file["path"].encode())
        digest.update(file["contents"].encode())
    return digest.hexdigest()


def skill_for_download(*, owner: str, repo: str, slug: str) -> Skill:
    """The published skill of `owner/repo` whose CLI slug (or slug segment) is `slug`."""
    candidates = (
        Skill.objects.published()
        .filter(
            repository_owner__iexact=owner,
            repository_name__iexact=repo,
            latest_version__isnull=False,
        )
        .select_related("latest_version")
        .only("id", "slug", "name", "latest_version", "repository_owner", "repository_name")
        .order_by("slug")
    )
    wanted = slug.lower()
    for skill in candidates:
        if wanted in {cli_slug(skill.name), skill_cli_name(skill)}:
            return skill
    raise exceptions.NotFound("No published skill with this name in this repository.")


SnapshotSerializer = inline_serializer(
    name="SkillsShSnapshot",
    fields={
        "files": serializers.ListField(
            child=inline_serializer(
                name="SkillsShFile",
                fields={"path": serializers.CharField(), "contents": serializers.CharField()},
            )
        ),
        "hash": serializers.CharField(),
        "skipped": serializers.ListField(
            child=serializers.CharField(),
            help_text="Files left out: binary, or not served (unsafe path, not stored).",
        ),
        "version": serializers.CharField(help_text="The content hash of the version served."),
    },
)


class SkillsShDownloadView(ConditionalGetMixin, APIView):
    """`GET /api/download/<owner>/<repo>/<slug>`: the snapshot of the reviewed version."""

    cache_max_age = 300

    @extend_schema(
        operation_id="skills_sh_download",
        summary="skills.sh-compatible snapshot of a skill's published version",
        parameters=[
            OpenApiParameter("owner", str, OpenApiParameter.PATH),
            OpenApiParameter("repo", str, OpenApiParameter.PATH),
            OpenApiParameter("slug", str, OpenApiParameter.PATH),
        ],
        responses={200: SnapshotSerializer, 404: ErrorSerializer, 413: ErrorSerializer},
    )
    def get(self, request, owner: str, repo: str, slug: str):
        reject_unknown_query_params(request, ())
        skill = skill_for_download(owner=owner, repo=repo, slug=slug)
        version = skill.latest_version
        # The same files the version's ZIP and well-known index serve, within the same limits.
        served, left_out = servable_files(
            SkillFile.objects.filter(version=version).order_by("path")
        )
        if "SKILL.md" not in served:
            raise exceptions.NotFound(
                "The files of this version are not stored.", code="file_not_found"
            )
        if len(served) > DEFAULT_MAX_MEMBERS or (
            sum(f.size for f in served.values()) > DEFAULT_MAX_TOTAL_BYTES
        ):
            raise PayloadTooLarge(
                "This version is too large for one snapshot.", code="download_too_large"
            )
        files, skipped = [], [path for path, _why in left_out]
        for path, file in served.items():
            contents = None
            if file.is_text:
                try:
                    contents = blob_read(file.storage_key).decode("utf-8")
                except (UnicodeDecodeError, OSError):
                    contents = None
            if contents is None:
                skipped.append(path)
            else:
                files.append({"path": path, "contents": contents})
        self.last_modified = version.created_at
        response = Response(
            {
                "files": files,
                "hash": snapshot_hash(files),
                "skipped": skipped,
                "version": version.content_hash,
            }
        )
        # What `npx skills add` fetches after `find`: an install (skills.views).
        from skills.views import install_record_after

        install_record_after(request, response, skill_id=skill.pk, channel="cli")
        return response
