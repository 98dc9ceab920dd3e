"""Project-level API views: the index of /api/v1/, readiness, and the OAuth2-style login.

`POST /api/v1/admin/login` is the original design's contract: an OAuth2 password form
(`username`, `password`; `grant_type=password` optional) answering
`{"access_token", "token_type": "bearer", "expires_in"}`. The token is the same JWT access
token that `POST /api/v1/auth/token` gives (no refresh token: log in again when it expires).
Only staff may log in here; wrong credentials are 401, and repeated failures are locked out
by django-axes exactly as on the admin login page.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import authenticate
from django.urls import reverse
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import exceptions, serializers
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework_simplejwt.tokens import AccessToken

from marketplace.api import ErrorSerializer, IPThrottle, LimitedFormParser, LimitedJSONParser
from marketplace.ops import readiness

# --- Index ------------------------------------------------------------------------------

# (name, URL name, what it is); the index links each one.
INDEX_ENDPOINTS = [
    ("skills", "api-skill-list", "Search and list published skills"),
    ("categories", "api-categories", "Categories with skill counts"),
    ("tags", "api-tags", "Tags with skill counts"),
    ("rankings", "api-rankings", "Rank boards: top, trending, new"),
    ("events", "api-events", "Record views, copies, downloads and installs (POST)"),
    ("health", "health", "Liveness"),
    ("ready", "ready", "Readiness"),
    ("login", "api-admin-login", "Staff login: OAuth2 password form -> bearer token (POST)"),
    ("me", "api-admin-me", "The signed-in moderator"),
    ("token", "api-token", "JWT access and refresh tokens (POST)"),
    ("search", "skills-sh-search", "skills.sh-compatible search (skills CLI)"),
    ("mcp", "mcp", "Model Context Protocol server (Streamable HTTP)"),
]

IndexSerializer = inline_serializer(
    name="ApiIndex",
    fields={
        "name": serializers.CharField(),
        "version": serializers.CharField(),
        "docs": serializers.URLField(),
        "schema": serializers.URLField(),
        "endpoints": serializers.ListField(
            child=inline_serializer(
                name="ApiIndexEndpoint",
                fields={
                    "name": serializers.CharField(),
                    "url": serializers.URLField(),
                    "description": serializers.CharField(),
                },
            )
        ),
    },
)


class ApiIndexView(APIView):
    """`GET /api/v1/`: what the API offers, with links to its docs and schema."""

    authentication_classes: list = []

    @extend_schema(operation_id="api_index", responses={200: IndexSerializer})
    def get(self, request):
        from django.urls import NoReverseMatch

        endpoints = []
        for name, url_name, description in INDEX_ENDPOINTS:
            try:
                url = request.build_absolute_uri(reverse(url_name))
            except NoReverseMatch:  # an optional part that is not mounted
                continue
            endpoints.append({"name": name, "url": url, "description": description})
        return Response(
            {
                "name": f"{settings.APP_NAME} API",
                "version": settings.SPECTACULAR_SETTINGS.get("VERSION", "1.0.0"),
                "docs": request.build_absolute_uri(reverse("api-docs")),
                "schema": request.build_absolute_uri(reverse("api-schema")),
                "endpoints": endpoints,
            }
        )


# --- Readiness --------------------------------------------------------------------------

ReadySerializer = inline_serializer(
    name="Ready",
    fields={
        "ok": serializers.BooleanField(),
        "database": serializers.CharField(),
        "migrations": serializers.CharField(),
        "cache": serializers.CharField(),
        "replica": serializers.CharField(required=False),
    },
)


class ReadyView(APIView):
    """Readiness: every part "ok" (200), else the failing part named (503)."""

    authentication_classes: list = []
    permission_classes: list = []
    throttle_classes: list = []

    @extend_schema(operation_id="ready", responses={200: ReadySerializer, 503: ReadySerializer})
    def get(self, request):
        report = readiness()
        response = Response(report, status=200 if report["ok"] else 503)
        response["Cache-Control"] = "no-cache, no-store, must-revalidate, max-age=0"
        return response


# --- Login ------------------------------------------------------------------------------


class LoginSerializer(serializers.Serializer):
    username = serializers.CharField(max_length=150)
    password = serializers.CharField(max_length=4096, style={"input_type": "password"})
    grant_type = serializers.ChoiceField(choices=["password"], required=False)
    scope = serializers.CharField(required=False, allow_blank=True, max_length=200)


LoginTokenSerializer = inline_serializer(
    name="LoginToken",
    fields={
        "access_token": serializers.CharField(),
        "token_type": serializers.ChoiceField(choices=["bearer"]),
        "expires_in": serializers.IntegerField(help_text="Seconds until the token expires."),
    },
)


class AdminLoginView(APIView):
    authentication_classes: list = []
    parser_classes = [LimitedFormParser, LimitedJSONParser]
    throttle_classes = [IPThrottle]
    throttle_scope = "token"
    # The OAuth2 password grant is a form (RFC 6749 4.3); JSON is accepted too.
    schema_request_media_types = ["application/x-www-form-urlencoded"]

    def get_authenticate_header(self, request):
        return 'Bearer realm="api"'  # so wrong credentials are a 401, not DRF's 403

    @extend_schema(
        operation_id="admin_login",
        summary="Staff login (OAuth2 password form) -> bearer access token",
        request=LoginSerializer,
        responses={
            200: LoginTokenSerializer,
            400: ErrorSerializer,
            401: ErrorSerializer,
            403: ErrorSerializer,
        },
    )
    def post(self, request):
        form = LoginSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        user = authenticate(
            request=request,
            username=form.validated_data["username"],
            password=form.validated_data["password"],
        )
        if user is None:
            raise exceptions.AuthenticationFailed(
                "No active account found with the given credentials.", code="invalid_credentials"
            )
        if not user.is_staff:
            raise exceptions.PermissionDenied("Only staff may log in here.", code="not_staff")
        token = AccessToken.for_user(user)
        response = Response(
            {
                "access_token": str(token),
                "token_type": "bearer",
                "expires_in": int(token.lifetime.total_seconds()),
            }
        )
        response["Cache-Control"] = "no-store"  # RFC 6749 5.1
        return response
