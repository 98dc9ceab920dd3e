"""The JSON API router: /api/v1/... (each app contributes its views), the schema, and the
small project-level views (health, auth tokens, the JSON 404).

Skills are addressed by `<skillkey:key>`: a UUID, or the slug `owner/repo/skill` whose
slashes are part of the path. A slug always has exactly three segments and the
sub-resource routes come before the detail route, so `skills/acme/tools/versions` is the
skill `acme/tools/versions` while `skills/acme/tools/pdf/versions` is the version list of
`acme/tools/pdf` and `skills/<uuid>/files/SKILL.md` is a file.
"""

from django.http import JsonResponse
from django.urls import include, path, re_path, register_converter
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.utils import extend_schema, inline_serializer
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework import serializers
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework_simplejwt import serializers as jwt_serializers
from rest_framework_simplejwt import views as jwt_views
from rest_framework_simplejwt.exceptions import InvalidToken

from marketplace.api import ErrorSerializer, IPThrottle, LimitedFormParser, LimitedJSONParser
from marketplace.api_views import AdminLoginView, ApiIndexView, ReadyView
from marketplace.sessions import user_sessions_revoke
from moderation import api as moderation_api
from rankings import api as rankings_api
from skills.api import skillssh
from skills.api import views as skills_api

# --- Health ---------------------------------------------------------------------------


class HealthView(APIView):
    """Liveness: `{"ok": true, "database": "ok"}`; 503 when the database is down."""

    authentication_classes: list = []
    permission_classes: list = []
    throttle_classes: list = []

    @extend_schema(
        operation_id="health",
        responses={
            200: inline_serializer(
                name="Health",
                fields={"ok": serializers.BooleanField(), "database": serializers.CharField()},
            ),
            503: inline_serializer(
                name="HealthDown",
                fields={"ok": serializers.BooleanField(), "database": serializers.CharField()},
            ),
        },
    )
    def get(self, request):
        from marketplace.views import database_status

        database = database_status()
        ok = database == "ok"
        response = Response({"ok": ok, "database": database}, status=200 if ok else 503)
        response["Cache-Control"] = "no-cache, no-store, must-revalidate, max-age=0"
        return response


# --- Auth -----------------------------------------------------------------------------


class _TokenViewMixin:
    """JSON or form bodies; throttled per IP with the `token` rate."""

    parser_classes = [LimitedJSONParser, LimitedFormParser]
    throttle_classes = [IPThrottle]
    throttle_scope = "token"


class TokenObtainView(_TokenViewMixin, jwt_views.TokenObtainPairView):
    """Exchange a username and password for an access and a refresh token."""

    @extend_schema(
        operation_id="auth_token_create",
        responses={
            200: jwt_serializers.TokenObtainPairSerializer,
            401: ErrorSerializer,
            400: ErrorSerializer,
            429: ErrorSerializer,
        },
    )
    def post(self, request, *args, **kwargs):
        return super().post(request, *args, **kwargs)


class TokenRefreshView(_TokenViewMixin, jwt_views.TokenRefreshView):
    """A new access token and a new refresh token; the refresh token used is blacklisted."""

    @extend_schema(
        operation_id="auth_token_refresh",
        responses={
            200: jwt_serializers.TokenRefreshSerializer,
            401: ErrorSerializer,
            400: ErrorSerializer,
            429: ErrorSerializer,
        },
    )
    def post(self, request, *args, **kwargs):
        return super().post(request, *args, **kwargs)


class TokenVerifySerializer(jwt_serializers.TokenVerifySerializer):
    """A blacklisted token is an invalid token: 401 like any other, not simplejwt's 400."""

    def validate(self, attrs):
        try:
            return super().validate(attrs)
        except serializers.ValidationError as exc:
            raise InvalidToken("Token is blacklisted") from exc


class TokenVerifyView(_TokenViewMixin, jwt_views.TokenVerifyView):
    """200 `{}` when the token is valid (and not blacklisted), else 401."""

    serializer_class = TokenVerifySerializer

    @extend_schema(
        operation_id="auth_token_verify",
        responses={
            200: inline_serializer(name="TokenVerified", fields={}),
            401: ErrorSerializer,
            400: ErrorSerializer,
            429: ErrorSerializer,
        },
    )
    def post(self, request, *args, **kwargs):
        return super().post(request, *args, **kwargs)


class LogoutEverywhereView(APIView):
    """End every API session of the signed-in user: all their refresh tokens are blacklisted.

    Access tokens already handed out stay valid until they expire (JWT_EXPIRES_MINUTES).
    """

    permission_classes = [IsAuthenticated]
    throttle_classes = [IPThrottle]
    throttle_scope = "token"

    @extend_schema(
        operation_id="auth_logout_all",
        request=None,
        responses={
            200: inline_serializer(
                name="SessionsRevoked", fields={"revoked": serializers.IntegerField()}
            ),
            401: ErrorSerializer,
            403: ErrorSerializer,
            429: ErrorSerializer,
        },
    )
    def post(self, request):
        return Response({"revoked": user_sessions_revoke(user=request.user)})


@csrf_exempt  # it changes nothing: a POST to an unknown path is a JSON 404, not a CSRF page
def api_not_found(request, *args, **kwargs):
    """Unknown paths under /api/ answer a JSON 404 like every other API error."""
    return JsonResponse({"detail": "Not found.", "code": "not_found"}, status=404)


class SkillKeyConverter:
    regex = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[^/]+/[^/]+/[^/]+"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value) -> str:
        return str(value)


register_converter(SkillKeyConverter, "skillkey")

READ = {"get": "list"}
ONE = {"get": "retrieve"}

v1 = [
    path("", ApiIndexView.as_view(), name="api-index"),
    path("health", HealthView.as_view(), name="health"),
    path("ready", ReadyView.as_view(), name="ready"),
    # Catalogue
    path("skills", skills_api.SkillViewSet.as_view(READ), name="api-skill-list"),
    path(
        "skills/<skillkey:key>/versions",
        skills_api.SkillVersionViewSet.as_view(READ),
        name="api-skill-versions",
    ),
    path(
        "skills/<skillkey:key>/versions/<str:content_hash>",
        skills_api.SkillVersionViewSet.as_view(ONE),
        name="api-skill-version",
    ),
    path(
        "skills/<skillkey:key>/files/<path:path>",
        skills_api.SkillFileView.as_view(),
        name="api-skill-file",
    ),
    path(
        "skills/<skillkey:key>/download",
        skills_api.SkillDownloadView.as_view(),
        name="api-skill-download",
    ),
    # After the sub-resources: `<uuid>/files/SKILL.md` also looks like a three-part slug.
    path("skills/<skillkey:key>", skills_api.SkillViewSet.as_view(ONE), name="api-skill-detail"),
    path("taxonomy/categories", skills_api.CategoryViewSet.as_view(READ), name="api-categories"),
    path("taxonomy/tags", skills_api.TagViewSet.as_view(READ), name="api-tags"),
    # Rankings and events
    path("rankings", rankings_api.RankingView.as_view(), name="api-rankings"),
    path("events", rankings_api.EventView.as_view(), name="api-events"),
    # Auth
    path("auth/token", TokenObtainView.as_view(), name="api-token"),
    path("auth/token/refresh", TokenRefreshView.as_view(), name="api-token-refresh"),
    path("auth/token/verify", TokenVerifyView.as_view(), name="api-token-verify"),
    path("auth/logout-all", LogoutEverywhereView.as_view(), name="api-logout-all"),
    # Moderation (staff only)
    path("admin/login", AdminLoginView.as_view(), name="api-admin-login"),
    path("admin/me", moderation_api.MeView.as_view(), name="api-admin-me"),
    path("admin/raw-skills", moderation_api.RawSkillViewSet.as_view(READ), name="api-raw-skills"),
    path(
        "admin/raw-skills/<uuid:pk>",
        moderation_api.RawSkillViewSet.as_view(ONE),
        name="api-raw-skill",
    ),
    path(
        "admin/raw-skills/<uuid:pk>/approve",
        moderation_api.RawSkillApproveView.as_view(),
        name="api-raw-skill-approve",
    ),
    path(
        "admin/raw-skills/<uuid:pk>/reject",
        moderation_api.RawSkillRejectView.as_view(),
        name="api-raw-skill-reject",
    ),
    path(
        "admin/sources",
        moderation_api.SourceViewSet.as_view({"get": "list", "post": "create"}),
        name="api-sources",
    ),
    path(
        "admin/sources/<uuid:pk>",
        moderation_api.SourceViewSet.as_view(
            {"get": "retrieve", "patch": "partial_update", "delete": "destroy"}
        ),
        name="api-source",
    ),
    path(
        "admin/sources/<uuid:pk>/sync",
        moderation_api.SourceSyncView.as_view(),
        name="api-source-sync",
    ),
    path(
        "admin/skills/<skillkey:key>/hide",
        moderation_api.SkillHideView.as_view(),
        name="api-skill-hide",
    ),
    path(
        "admin/skills/<skillkey:key>/unhide",
        moderation_api.SkillUnhideView.as_view(),
        name="api-skill-unhide",
    ),
]

urlpatterns = [
    path("v1/", include(v1)),
    # skills.sh-compatible registry API for the `skills` CLI (skills.api.skillssh)
    path("search", skillssh.SkillsShSearchView.as_view(), name="skills-sh-search"),
    path(
        "download/<str:owner>/<str:repo>/<str:slug>",
        skillssh.SkillsShDownloadView.as_view(),
        name="skills-sh-download",
    ),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    # The split view serves its script from a URL: no inline script (CSP script-src 'self').
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
    # Anything else under /api/ is a JSON 404, never the HTML error page.
    re_path(r"^[\s\S]*\Z", api_not_found, name="api-not-found"),  # any path, newlines too
]
