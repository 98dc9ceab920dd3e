"""Moderation endpoints (/api/v1/admin/...): staff only.

Every action calls the same service as the Django admin, so each writes exactly one
ModerationDecision. A ModerationError (the action does not apply to the item in its
current state) answers 409 `{"detail", "code": "moderation_conflict"}`.
"""

from __future__ import annotations

import django_filters
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import exceptions, mixins, permissions, serializers, status, viewsets
from rest_framework.response import Response
from rest_framework.views import APIView

from marketplace.api import ApiPagination, Conflict, ErrorSerializer, StrictQueryParamsMixin
from moderation.services import raw_skill_approve, raw_skill_reject, skill_hide, skill_unhide
from skills.api.views import KEY_PARAMETER, skill_lookup
from skills.models import RawSkill, Skill, SkillSource

AUTH_ERRORS = {
    401: OpenApiResponse(ErrorSerializer, description="No or invalid credentials."),
    403: OpenApiResponse(ErrorSerializer, description="Not a staff user."),
}
ACTION_ERRORS = {
    **AUTH_ERRORS,
    400: OpenApiResponse(ErrorSerializer, description="Invalid input."),
    404: OpenApiResponse(ErrorSerializer, description="No such item."),
    409: OpenApiResponse(ErrorSerializer, description="Not applicable in the item's state."),
}


class StaffOnly(permissions.IsAdminUser):
    """Staff users (`is_staff`); 401 without credentials, 403 for anyone else."""


class StaffAPIView(APIView):
    permission_classes = [StaffOnly]


# --- Me -------------------------------------------------------------------------------


class MeSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    username = serializers.CharField()
    role = serializers.SerializerMethodField()
    email = serializers.CharField()
    is_staff = serializers.BooleanField()
    is_superuser = serializers.BooleanField()

    def get_role(self, user) -> str:
        """The role: "admin" for superusers, "moderator" for other staff."""
        return "admin" if user.is_superuser else "moderator"


class MeView(StaffAPIView):
    @extend_schema(
        operation_id="admin_me",
        summary="The signed-in moderator",
        responses={200: MeSerializer, **AUTH_ERRORS},
    )
    def get(self, request):
        return Response(MeSerializer(request.user).data)


# --- Raw skills (the review queue) ----------------------------------------------------


class RawSkillFilterSet(django_filters.FilterSet):
    state = django_filters.ChoiceFilter(choices=RawSkill.State.choices)
    source = django_filters.UUIDFilter(field_name="source_id")
    verdict = django_filters.ChoiceFilter(
        field_name="security_verdict", choices=[(v, v) for v in ("pass", "review", "fail")]
    )

    class Meta:
        model = RawSkill
        fields: list = []


class SourceRefSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    name = serializers.CharField()
    kind = serializers.CharField()
    url = serializers.CharField()


class RawSkillSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    state = serializers.CharField()
    name = serializers.CharField()
    path = serializers.CharField()
    commit = serializers.CharField()
    content_hash = serializers.CharField()
    source = SourceRefSerializer()
    skill_id = serializers.UUIDField(allow_null=True)
    skill_slug = serializers.SerializerMethodField()
    frontmatter = serializers.DictField()
    problems = serializers.ListField(child=serializers.DictField())
    error_count = serializers.IntegerField()
    is_spec_valid = serializers.BooleanField()
    is_listable = serializers.BooleanField()
    security_verdict = serializers.CharField()
    risk_score = serializers.IntegerField()
    fetched_at = serializers.DateTimeField()
    reviewed_at = serializers.DateTimeField(allow_null=True)

    def get_skill_slug(self, raw: RawSkill) -> str | None:
        return raw.skill.slug if raw.skill_id else None


@extend_schema_view(
    list=extend_schema(
        operation_id="admin_raw_skills_list",
        summary="The review queue (pending first, riskiest first)",
        responses={200: RawSkillSerializer(many=True), **AUTH_ERRORS, 400: ErrorSerializer},
    ),
    retrieve=extend_schema(
        operation_id="admin_raw_skills_retrieve",
        responses={200: RawSkillSerializer, **AUTH_ERRORS, 404: ErrorSerializer},
    ),
)
class RawSkillViewSet(StrictQueryParamsMixin, viewsets.ReadOnlyModelViewSet):
    permission_classes = [StaffOnly]
    serializer_class = RawSkillSerializer
    pagination_class = ApiPagination
    filterset_class = RawSkillFilterSet
    queryset = RawSkill.objects.none()

    def get_queryset(self):
        return (
            RawSkill.objects.select_related("source", "skill")
            .defer("body", "file_manifest", "skill__search_vector", "skill__description_html")
            .review_queue()
        )


class ReasonSerializer(serializers.Serializer):
    reason = serializers.CharField(required=False, allow_blank=True, default="", max_length=4000)


class RequiredReasonSerializer(serializers.Serializer):
    reason = serializers.CharField(max_length=4000)


class _RawSkillActionView(StaffAPIView):
    input_serializer = ReasonSerializer

    def act(self, *, raw: RawSkill, moderator, reason: str) -> RawSkill:  # pragma: no cover
        raise NotImplementedError

    def post(self, request, pk):
        raw = get_object_or_404(RawSkill, pk=pk)
        data = self.input_serializer(data=request.data)
        data.is_valid(raise_exception=True)
        self.act(raw=raw, moderator=request.user, reason=data.validated_data["reason"])
        raw = RawSkill.objects.select_related("source", "skill").get(pk=raw.pk)
        return Response(RawSkillSerializer(raw).data)


class RawSkillApproveView(_RawSkillActionView):
    @extend_schema(
        operation_id="admin_raw_skills_approve",
        summary="Publish a pending raw skill's version (writes a decision)",
        request=ReasonSerializer,
        responses={200: RawSkillSerializer, **ACTION_ERRORS},
    )
    def post(self, request, pk):
        return super().post(request, pk)

    def act(self, *, raw, moderator, reason):
        return raw_skill_approve(raw_skill=raw, moderator=moderator, reason=reason)


class RawSkillRejectView(_RawSkillActionView):
    input_serializer = RequiredReasonSerializer

    @extend_schema(
        operation_id="admin_raw_skills_reject",
        summary="Reject a pending raw skill; a reason is required (writes a decision)",
        request=RequiredReasonSerializer,
        responses={200: RawSkillSerializer, **ACTION_ERRORS},
    )
    def post(self, request, pk):
        return super().post(request, pk)

    def act(self, *, raw, moderator, reason):
        return raw_skill_reject(raw_skill=raw, moderator=moderator, reason=reason)


# --- Sources --------------------------------------------------------------------------


class SourceFilterSet(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(choices=SkillSource.Status.choices)
    kind = django_filters.ChoiceFilter(choices=SkillSource.Kind.choices)

    class Meta:
        model = SkillSource
        fields: list = []


class SourceSerializer(serializers.ModelSerializer):
    """Read shape; PATCH may change name, ref, subpath, status and is_trusted."""

    parent = serializers.UUIDField(source="parent_id", read_only=True, allow_null=True)
    sync_state = serializers.CharField(
        read_only=True,
        help_text="The last sync asked for or queued: queued, running, retrying, done, "
        "failed; empty when none was.",
    )

    class Meta:
        model = SkillSource
        fields = [
            "id",
            "kind",
            "name",
            "url",
            "ref",
            "subpath",
            "status",
            "is_trusted",
            "parent",
            "submitted_by",
            "last_synced_at",
            "last_success_at",
            "last_commit",
            "last_error",
            "error_count",
            "last_stats",
            "sync_state",
            "sync_task_id",
            "created_at",
            "updated_at",
        ]
        read_only_fields = [
            "id",
            "kind",
            "url",
            "parent",
            "submitted_by",
            "last_synced_at",
            "last_success_at",
            "last_commit",
            "last_error",
            "error_count",
            "last_stats",
            "sync_state",
            "sync_task_id",
            "created_at",
            "updated_at",
        ]


class SourceCreateSerializer(serializers.Serializer):
    url = serializers.CharField(max_length=1000)
    kind = serializers.ChoiceField(choices=SkillSource.Kind.choices, required=False)
    name = serializers.CharField(max_length=200, required=False)
    trusted = serializers.BooleanField(default=False)
    status = serializers.ChoiceField(
        choices=SkillSource.Status.choices, default=SkillSource.Status.ACTIVE
    )
    ref = serializers.CharField(max_length=200, required=False, default="", allow_blank=True)
    subpath = serializers.CharField(max_length=500, required=False, default="", allow_blank=True)


@extend_schema_view(
    list=extend_schema(
        operation_id="admin_sources_list",
        responses={200: SourceSerializer(many=True), **AUTH_ERRORS, 400: ErrorSerializer},
    ),
    retrieve=extend_schema(
        operation_id="admin_sources_retrieve",
        responses={200: SourceSerializer, **AUTH_ERRORS, 404: ErrorSerializer},
    ),
    create=extend_schema(
        operation_id="admin_sources_create",
        request=SourceCreateSerializer,
        responses={201: SourceSerializer, **ACTION_ERRORS},
    ),
    partial_update=extend_schema(
        operation_id="admin_sources_partial_update",
        responses={200: SourceSerializer, **ACTION_ERRORS},
    ),
    destroy=extend_schema(
        operation_id="admin_sources_destroy",
        responses={204: None, **AUTH_ERRORS, 404: ErrorSerializer, 409: ErrorSerializer},
    ),
)
class SourceViewSet(
    StrictQueryParamsMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.ReadOnlyModelViewSet,
):
    permission_classes = [StaffOnly]
    serializer_class = SourceSerializer
    pagination_class = ApiPagination
    filterset_class = SourceFilterSet
    queryset = SkillSource.objects.order_by("name", "pk")

    def perform_update(self, serializer):
        """A change of status goes through moderation.services.source_set_status (with its
        decision row, as in the console); only "active" and "paused" can be set."""
        from moderation.services import source_set_status

        status_to = serializer.validated_data.pop("status", None)
        source = serializer.instance
        if status_to is not None and status_to != source.status:
            if status_to not in (SkillSource.Status.ACTIVE, SkillSource.Status.PAUSED):
                raise exceptions.ValidationError(
                    {"status": ["A source can be made active or paused."]}
                )
            source_set_status(source=source, moderator=self.request.user, status=status_to)
        serializer.save()

    def perform_destroy(self, instance):
        """A source that brought raw skills keeps them (they are the evidence of what was
        reviewed): pause it instead."""
        if instance.raw_skills.exists():
            raise Conflict(
                detail="This source brought skills that were reviewed; pause it instead.",
                code="source_has_evidence",
            )
        instance.delete()

    def create(self, request, *args, **kwargs):
        from skills.ingestion.sources.services import SourceError, SourceExistsError, source_create

        data = SourceCreateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        try:
            source = source_create(
                url=values["url"],
                kind=values.get("kind"),
                name=values.get("name"),
                trusted=values["trusted"],
                status=values["status"],
                ref=values["ref"],
                subpath=values["subpath"],
                submitted_by="",
            )
        except SourceExistsError as exc:
            raise Conflict(detail=str(exc), code="source_exists") from exc
        except SourceError as exc:
            raise exceptions.ValidationError({"url": [str(exc)]}) from exc
        return Response(SourceSerializer(source).data, status=status.HTTP_201_CREATED)


class SyncResultSerializer(serializers.Serializer):
    source_id = serializers.CharField()
    source_name = serializers.CharField()
    ok = serializers.BooleanField()
    found = serializers.IntegerField()
    new = serializers.IntegerField()
    changed = serializers.IntegerField()
    unchanged = serializers.IntegerField()
    refused = serializers.DictField(child=serializers.IntegerField())
    gone = serializers.IntegerField()
    returned = serializers.IntegerField()
    published = serializers.IntegerField()
    children = serializers.IntegerField()
    skill_errors = serializers.ListField(child=serializers.DictField())
    problems = serializers.ListField(child=serializers.DictField())
    commit = serializers.CharField(allow_blank=True)
    github = serializers.CharField(allow_blank=True)
    error = serializers.CharField(allow_blank=True)
    dry_run = serializers.BooleanField()
    seconds = serializers.FloatField()


class SyncInputSerializer(serializers.Serializer):
    dry_run = serializers.BooleanField(default=False)


class SyncQueuedSerializer(serializers.Serializer):
    """202: the sync was queued for a worker; its state shows on the source (sync_state)."""

    source_id = serializers.UUIDField()
    task_id = serializers.CharField()
    sync_state = serializers.CharField()


class SourceSyncView(StaffAPIView):
    @extend_schema(
        operation_id="admin_sources_sync",
        summary="Queue a sync of the source (202 with the task id), or run it now without a broker",
        description=(
            "With a Celery broker (CELERY_BROKER_URL) the sync is queued for a worker: 202 "
            "Accepted with the task id; its progress and result show on the source "
            "(sync_state, sync_task_id, last_stats, last_error). Without a broker, and for a "
            "dry run, the sync runs in the request: 200 with its counts."
        ),
        request=SyncInputSerializer,
        responses={200: SyncResultSerializer, 202: SyncQueuedSerializer, **ACTION_ERRORS},
    )
    def post(self, request, pk):
        from skills.ingestion.sync.request import SyncRequestError, source_sync_request

        source = get_object_or_404(SkillSource, pk=pk)
        data = SyncInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            outcome = source_sync_request(
                source=source, requested_by=request.user, dry_run=data.validated_data["dry_run"]
            )
        except SyncRequestError as exc:
            raise Conflict(detail=str(exc), code="sync_refused") from exc
        result = outcome.result
        if result is None:
            return Response(
                {
                    "source_id": str(source.pk),
                    "task_id": outcome.task_id,
                    "sync_state": outcome.source.sync_state,
                },
                status=status.HTTP_202_ACCEPTED,
            )
        return Response({**result.as_dict(), "ok": result.ok})


# --- Skills ---------------------------------------------------------------------------


class SkillStatusSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    slug = serializers.CharField()
    status = serializers.CharField()


class _SkillActionView(StaffAPIView):
    input_serializer = ReasonSerializer

    def act(self, *, skill: Skill, moderator, reason: str) -> Skill:  # pragma: no cover
        raise NotImplementedError

    def post(self, request, key):
        skill = get_object_or_404(Skill.objects.filter(skill_lookup(key=key)))
        data = self.input_serializer(data=request.data)
        data.is_valid(raise_exception=True)
        skill = self.act(skill=skill, moderator=request.user, reason=data.validated_data["reason"])
        return Response(SkillStatusSerializer(skill).data)


class SkillHideView(_SkillActionView):
    input_serializer = RequiredReasonSerializer

    @extend_schema(
        operation_id="admin_skills_hide",
        summary="Hide a skill; a reason is required",
        parameters=[KEY_PARAMETER],
        request=RequiredReasonSerializer,
        responses={200: SkillStatusSerializer, **ACTION_ERRORS},
    )
    def post(self, request, key):
        return super().post(request, key)

    def act(self, *, skill, moderator, reason):
        return skill_hide(skill=skill, moderator=moderator, reason=reason)


class SkillUnhideView(_SkillActionView):
    @extend_schema(
        operation_id="admin_skills_unhide",
        summary="Show a hidden skill again",
        parameters=[KEY_PARAMETER],
        request=ReasonSerializer,
        responses={200: SkillStatusSerializer, **ACTION_ERRORS},
    )
    def post(self, request, key):
        return super().post(request, key)

    def act(self, *, skill, moderator, reason):
        return skill_unhide(skill=skill, moderator=moderator, reason=reason)
