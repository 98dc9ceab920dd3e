"""API sessions that end: JWT refresh tokens with an absolute lifetime and revocation.

A *session* is the chain of refresh tokens that starts at one login (``POST /api/v1/auth/token``)
and continues through each rotation. It ends when:

- ``JWT_SESSION_DAYS`` have passed since the login, however often it was refreshed (rotation
  alone would keep a stolen refresh token alive for ever);
- the user's password changes (tokens carry ``hash_password``, simplejwt's revoke claim);
- the user is deactivated;
- the user logs out everywhere (``POST /api/v1/auth/logout-all``).

In the last three cases every outstanding refresh token of the user is blacklisted.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from drf_spectacular.utils import extend_schema_serializer
from rest_framework import exceptions
from rest_framework_simplejwt.serializers import (
    TokenObtainPairSerializer,
    TokenRefreshSerializer,
)
from rest_framework_simplejwt.settings import api_settings
from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken, OutstandingToken
from rest_framework_simplejwt.tokens import RefreshToken
from rest_framework_simplejwt.utils import datetime_to_epoch, get_md5_hash_password

#: The claim that holds the login's time (seconds since the epoch), copied by each rotation.
SESSION_START_CLAIM = "session_start"


class SessionRefreshToken(RefreshToken):
    @classmethod
    def for_user(cls, user):
        token = super().for_user(user)
        token[SESSION_START_CLAIM] = token["iat"]
        return token


@extend_schema_serializer(component_name="TokenObtainPair")  # the schema names stay simplejwt's
class SessionObtainSerializer(TokenObtainPairSerializer):
    token_class = SessionRefreshToken


def user_sessions_revoke(*, user) -> int:
    """Blacklist every outstanding, unexpired refresh token of ``user``; returns how many."""
    tokens = OutstandingToken.objects.filter(user=user, expires_at__gt=timezone.now()).exclude(
        blacklistedtoken__isnull=False
    )
    revoked = 0
    for token in tokens:
        _, created = BlacklistedToken.objects.get_or_create(token=token)
        revoked += created
    return revoked


def session_expired(payload: dict, *, now=None) -> bool:
    started = payload.get(SESSION_START_CLAIM)
    if started is None:
        return False
    now = now or timezone.now()
    return datetime_to_epoch(now) - int(started) > settings.JWT_SESSION_DAYS * 86400


@extend_schema_serializer(component_name="TokenRefresh")
class SessionRefreshSerializer(TokenRefreshSerializer):
    """simplejwt's rotation, refusing tokens of ended sessions (see the module docstring)."""

    default_error_messages = {
        **TokenRefreshSerializer.default_error_messages,
        "session_expired": "This session has ended; log in again.",
        "password_changed": "The password changed since this session began; log in again.",
    }

    def validate(self, attrs):
        refresh = self.token_class(attrs["refresh"])  # checks signature, expiry and blacklist
        user = (
            get_user_model()
            .objects.filter(**{api_settings.USER_ID_FIELD: refresh.get(api_settings.USER_ID_CLAIM)})
            .first()
        )
        if user is None:
            raise exceptions.AuthenticationFailed(
                self.error_messages["no_active_account"], "no_active_account"
            )
        if not api_settings.USER_AUTHENTICATION_RULE(user):
            user_sessions_revoke(user=user)
            raise exceptions.AuthenticationFailed(
                self.error_messages["no_active_account"], "no_active_account"
            )
        claim = api_settings.REVOKE_TOKEN_CLAIM
        if refresh.get(claim) is not None and refresh[claim] != get_md5_hash_password(
            user.password
        ):
            user_sessions_revoke(user=user)
            raise exceptions.AuthenticationFailed(
                self.error_messages["password_changed"], "password_changed"
            )
        if session_expired(refresh.payload):
            refresh.blacklist()
            raise exceptions.AuthenticationFailed(
                self.error_messages["session_expired"], "session_expired"
            )
        data = super().validate(attrs)
        if SESSION_START_CLAIM not in refresh.payload:
            # Issued by another path (before this release): the session starts now.
            rotated = self.token_class(data["refresh"], verify=False)
            rotated[SESSION_START_CLAIM] = datetime_to_epoch(timezone.now())
            data["refresh"] = str(rotated)
        return data
