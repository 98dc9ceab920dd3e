"""Read endpoints of the catalogue: skills, versions, files, downloads and taxonomy.

Skills are addressed by `{key}`: their UUID or their slug `owner/repo/skill` (the
slug's slashes are part of the path: `/api/v1/skills/acme/tools/pdf/versions`).
Anonymous visitors see published skills; staff also see hidden and pending ones.
"""

from __future__ import annotations

import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Exists, OuterRef, Prefetch, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from rest_framework import exceptions, mixins, viewsets
from rest_framework.response import Response
from rest_framework.views import APIView

from marketplace.api import (
    ApiPagination,
    ConditionalGetMixin,
    ErrorSerializer,
    PayloadTooLarge,
    ServeJSONErrorsMixin,
    StrictQueryParamsMixin,
    cache_headers,
    not_modified,
)
from marketplace.pagecache import CACHE_STATUS_HEADER
from moderation.models import ScanResult
from skills.api.detail import (
    skill_detail_data,
    skill_detail_last_modified,
    skill_detail_row,
)
from skills.api.filters import SkillFilterSet
from skills.api.rows import ListPageRows
from skills.api.serializers import (
    CategorySerializer,
    SkillDetailSerializer,
    SkillListSerializer,
    TagSerializer,
    VersionDetailSerializer,
    VersionSummarySerializer,
    skill_list_data,
)
from skills.cache import catalogue_cache_get, catalogue_cache_set
from skills.downloads import DownloadTooLarge, file_response, version_zip_build
from skills.models import (
    Category,
    RawSkill,
    Skill,
    SkillFile,
    SkillVersion,
    Tag,
    is_staff_viewer,
)
from skills.page_selectors import skill_version_get
from skills.selectors import categories_with_counts
from skills.views import install_record_after

KEY_PARAMETER = OpenApiParameter(
    "key",
    OpenApiTypes.STR,
    OpenApiParameter.PATH,
    description="The skill's UUID, or its slug owner/repo/skill (slashes included).",
)
VERSION_QUERY = OpenApiParameter(
    "version",
    OpenApiTypes.STR,
    OpenApiParameter.QUERY,
    required=False,
    description="A content hash (or a prefix of 7+ hex characters); default: the latest version.",
)
NOT_FOUND = {404: OpenApiResponse(ErrorSerializer, description="No such skill (or not visible).")}
BAD_REQUEST = {400: OpenApiResponse(ErrorSerializer, description="Invalid parameter.")}
NOT_MODIFIED = {304: OpenApiResponse(description="Not modified (If-None-Match matched).")}


def skill_lookup(*, key: str) -> Q:
    """The filter for a skill `key` (UUID or slug); a syntactically bad key matches nothing."""
    try:
        return Q(pk=uuid.UUID(key))
    except ValueError:
        return Q(slug=key)


def skill_get(*, key: str, user, queryset=None) -> Skill:
    qs = queryset if queryset is not None else Skill.objects.all()
    return get_object_or_404(qs.visible_to(user).filter(skill_lookup(key=key)))


def skill_visible_versions(*, skill: Skill, user):
    """Versions the public may see: the current one and every version a moderator approved.

    A newer version still waiting for review is not public (staff see every version)."""
    qs = SkillVersion.objects.filter(skill=skill)
    if is_staff_viewer(user):
        return qs
    approved = RawSkill.objects.filter(version=OuterRef("pk"), state=RawSkill.State.APPROVED)
    return qs.filter(Q(pk=skill.latest_version_id) | Exists(approved))


def version_for_request(*, skill: Skill, request) -> SkillVersion:
    wanted = request.query_params.get("version")
    visible = skill_visible_versions(skill=skill, user=request.user)
    if wanted:
        version = skill_version_get(skill=skill, content_hash=wanted.lower())
        if version is None or not visible.filter(pk=version.pk).exists():
            raise exceptions.NotFound("No such version of this skill.", code="version_not_found")
        return version
    if skill.latest_version is None:
        raise exceptions.NotFound("This skill has no published version.", code="version_not_found")
    return skill.latest_version


@extend_schema_view(
    list=extend_schema(
        operation_id="skills_list",
        summary="Search and list published skills",
        responses={200: SkillListSerializer(many=True), **BAD_REQUEST},
    ),
    retrieve=extend_schema(
        operation_id="skills_retrieve",
        summary="One skill: everything its page shows",
        parameters=[KEY_PARAMETER],
        responses={200: SkillDetailSerializer, **NOT_MODIFIED, **NOT_FOUND},
    ),
)
class SkillViewSet(StrictQueryParamsMixin, ConditionalGetMixin, viewsets.ReadOnlyModelViewSet):
    pagination_class = ApiPagination
    filterset_class = SkillFilterSet
    lookup_url_kwarg = "key"

    def get_queryset(self):
        # The list's FilterSet replaces this with skill_search(...), which selects the
        # published skills itself: building that filter here only to drop it cost about 1 %
        # of an uncached API search (issue #23); without the FilterSet the list is empty,
        # never unfiltered. The detail reads rows (skills.api.detail).
        if self.action == "list":
            return Skill.objects.none()
        return Skill.objects.published()

    def get_serializer_class(self):
        return SkillListSerializer if self.action == "list" else SkillDetailSerializer

    def _anonymous_cache_key(self, request) -> str | None:
        """Where this anonymous answer is cached, or None (signed-in users, caching off).

        Anonymous list, search and detail answers are cached per catalogue version, path and
        query for API_LIST_CACHE_SECONDS: popular searches and skills repeat, and
        publishing, hiding, rankings, syncs and moderation bump the version on commit, so
        nothing stale survives a change (skills.cache)."""
        if not getattr(settings, "API_LIST_CACHE_SECONDS", 60) or request.user.is_authenticated:
            return None
        query = "&".join(
            sorted(
                f"{k}={v}" for k in request.query_params for v in request.query_params.getlist(k)
            )
        )
        raw = f"{request.get_host()}|{request.is_secure()}|{request.path}|{query}"
        return "api:v1:skills:" + hashlib.sha256(raw.encode()).hexdigest()

    def list(self, request, *args, **kwargs):
        key = self._anonymous_cache_key(request)
        if key:
            version, data = catalogue_cache_get(key)
            if data is not None:
                return Response(data, headers={CACHE_STATUS_HEADER: "hit"})
        # Rows, not instances: the page's rows are read as values and turned into the
        # serializer's output by skill_list_data (the same JSON; issue #23).
        queryset = self.filter_queryset(self.get_queryset())
        rows = self.paginate_queryset(queryset)
        data = skill_list_data(rows, request=request, using=queryset.db)
        response = self.get_paginated_response(data)
        if key and response.status_code == 200:
            catalogue_cache_set(key, version, response.data, settings.API_LIST_CACHE_SECONDS)
            response[CACHE_STATUS_HEADER] = "miss"
        return response

    def retrieve(self, request, *args, **kwargs):
        key = self._anonymous_cache_key(request)
        if key:
            version, cached = catalogue_cache_get(key, skill=self.kwargs["key"])
            if cached is not None:
                data, self.last_modified = cached  # the ETag is made from the same bytes
                return Response(data, headers={CACHE_STATUS_HEADER: "hit"})
        # Rows, not instances: SkillDetailSerializer's output written by
        # skill_detail_data from five plain statements (the same JSON; issue #23).
        row = skill_detail_row(key=self.kwargs["key"], user=request.user)
        if row is None:
            raise Http404
        self.last_modified = skill_detail_last_modified(row)
        response = Response(skill_detail_data(row, request=request))
        if key:
            catalogue_cache_set(
                key, version, (response.data, self.last_modified), settings.API_LIST_CACHE_SECONDS
            )
            response[CACHE_STATUS_HEADER] = "miss"
        return response

    @staticmethod
    def page_queryset(queryset):
        """What the paginator reads a list page's rows from (it counts on `queryset`)."""
        return ListPageRows(queryset)


@extend_schema_view(
    list=extend_schema(
        operation_id="skills_versions_list",
        summary="Version history of a skill (newest first)",
        parameters=[KEY_PARAMETER],
        responses={200: VersionSummarySerializer(many=True), **NOT_FOUND, **BAD_REQUEST},
    ),
    retrieve=extend_schema(
        operation_id="skills_versions_retrieve",
        summary="One version: content, files, problems and security scans",
        parameters=[
            KEY_PARAMETER,
            OpenApiParameter(
                "content_hash",
                OpenApiTypes.STR,
                OpenApiParameter.PATH,
                description="Full content hash or a prefix of 7+ hex characters.",
            ),
        ],
        responses={200: VersionDetailSerializer, **NOT_MODIFIED, **NOT_FOUND},
    ),
)
class SkillVersionViewSet(
    StrictQueryParamsMixin, ConditionalGetMixin, viewsets.ReadOnlyModelViewSet
):
    pagination_class = ApiPagination
    filter_backends: list = []
    cache_max_age = 300
    queryset = SkillVersion.objects.none()

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        self.skill = skill_get(key=self.kwargs["key"], user=request.user)
        self.last_modified = self.skill.updated_at

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # schema generation
            return SkillVersion.objects.none()
        qs = skill_visible_versions(skill=self.skill, user=self.request.user)
        if self.action == "list":
            return qs.only(
                "id",
                "skill_id",
                "content_hash",
                "commit",
                "name",
                "created_at",
                "is_spec_valid",
                "security_verdict",
                "risk_score",
            ).order_by("-created_at", "-pk")
        return qs.prefetch_related(
            Prefetch("files", queryset=SkillFile.objects.order_by("path")),
            Prefetch("scans", queryset=ScanResult.objects.order_by("engine")),
        )

    def get_serializer_class(self):
        return VersionSummarySerializer if self.action == "list" else VersionDetailSerializer

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "skill": self.skill}

    def get_object(self):
        found = skill_version_get(
            skill=self.skill, content_hash=self.kwargs["content_hash"].lower()
        )
        if found is None:
            raise exceptions.NotFound("No such version of this skill.", code="version_not_found")
        version = get_object_or_404(self.get_queryset(), pk=found.pk)
        self.last_modified = version.created_at
        return version


class SkillFileView(ServeJSONErrorsMixin, APIView):
    """The raw bytes of one file of a skill version."""

    @extend_schema(
        operation_id="skills_files_retrieve",
        summary="Raw bytes of one file (text as text/plain; charset=utf-8, others as attachments)",
        parameters=[
            KEY_PARAMETER,
            OpenApiParameter(
                "path",
                OpenApiTypes.STR,
                OpenApiParameter.PATH,
                description="Path of the file inside the skill folder.",
            ),
            VERSION_QUERY,
        ],
        responses={(200, "*/*"): OpenApiTypes.BINARY, **NOT_MODIFIED, **NOT_FOUND},
    )
    def get(self, request, key: str, path: str):
        skill = skill_get(
            key=key, user=request.user, queryset=Skill.objects.select_related("latest_version")
        )
        version = version_for_request(skill=skill, request=request)
        file = SkillFile.objects.filter(version=version, path=path).first()
        if file is None or not file.is_stored:
            raise exceptions.NotFound("No such file in this version.", code="file_not_found")
        return file_response(request, file=file, last_modified=version.created_at)


class SkillDownloadView(ServeJSONErrorsMixin, APIView):
    """A ZIP of one version of a skill (the latest by default)."""

    @extend_schema(
        operation_id="skills_download",
        summary="ZIP archive of the skill folder (latest version or ?version=)",
        parameters=[KEY_PARAMETER, VERSION_QUERY],
        responses={
            (200, "application/zip"): OpenApiTypes.BINARY,
            **NOT_MODIFIED,
            **NOT_FOUND,
            413: OpenApiResponse(ErrorSerializer, description="Too large for one ZIP."),
        },
    )
    def get(self, request, key: str):
        skill = skill_get(
            key=key, user=request.user, queryset=Skill.objects.select_related("latest_version")
        )
        version = version_for_request(skill=skill, request=request)
        etag = f"zip-{version.content_hash}"
        conditional = not_modified(request, etag=etag, last_modified=version.created_at)
        if conditional is not None:
            return cache_headers(
                conditional,
                etag=etag,
                last_modified=version.created_at,
                max_age=3600,
                request=request,
            )
        if not version.files.filter(storage_key__gt="").exists():
            raise exceptions.NotFound(
                "The files of this version are not stored.", code="file_not_found"
            )
        try:
            archive = version_zip_build(version=version, slug=skill.slug)
        except DownloadTooLarge as exc:
            raise PayloadTooLarge(
                f"This version is too large to download as one ZIP: {exc}.",
                code="download_too_large",
            ) from exc
        response = HttpResponse(archive.data, content_type="application/zip")
        response["Content-Disposition"] = f'attachment; filename="{archive.filename}"'
        response["X-Content-Type-Options"] = "nosniff"
        # Counted as on the page: a download and an install (skills.views.install_record_after).
        install_record_after(request, response, skill_id=skill.pk, channel="api", is_zip=True)
        return cache_headers(
            response, etag=etag, last_modified=version.created_at, max_age=3600, request=request
        )


class CachedListMixin:
    """Taxonomy counts change slowly and cost a join over every skill: keep each page for
    `API_TAXONOMY_CACHE_SECONDS` (default 300) in the cache."""

    def list(self, request, *args, **kwargs):
        ttl = getattr(settings, "API_TAXONOMY_CACHE_SECONDS", 300)
        key = "api:v1:list:" + hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
        data = cache.get(key) if ttl else None
        if data is None:
            data = super().list(request, *args, **kwargs).data
            if ttl:
                cache.set(key, data, ttl)
        return Response(data)


@extend_schema_view(
    list=extend_schema(
        operation_id="taxonomy_categories_list",
        summary="Categories with their number of published skills",
        responses={200: CategorySerializer(many=True), **BAD_REQUEST},
    ),
)
class CategoryViewSet(
    StrictQueryParamsMixin, CachedListMixin, mixins.ListModelMixin, viewsets.GenericViewSet
):
    serializer_class = CategorySerializer
    pagination_class = ApiPagination
    filter_backends: list = []
    queryset = Category.objects.none()

    def get_queryset(self):
        return categories_with_counts()


@extend_schema_view(
    list=extend_schema(
        operation_id="taxonomy_tags_list",
        summary="Tags with their number of published skills (most used first)",
        responses={200: TagSerializer(many=True), **BAD_REQUEST},
    ),
)
class TagViewSet(
    StrictQueryParamsMixin, CachedListMixin, mixins.ListModelMixin, viewsets.GenericViewSet
):
    serializer_class = TagSerializer
    pagination_class = ApiPagination
    filter_backends: list = []
    queryset = Tag.objects.none()

    def get_queryset(self):
        return (
            Tag.objects.annotate(
                skill_count=Count("skills", filter=Q(skills__status=Skill.Status.PUBLISHED))
            )
            .filter(skill_count__gt=0)
            .order_by("-skill_count", "key")
        )
