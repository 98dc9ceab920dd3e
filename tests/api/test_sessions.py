"""API sessions end: password change, deactivation, log out everywhere, absolute lifetime."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone
from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken, OutstandingToken

pytestmark = pytest.mark.django_db

PASSWORD = "moderator-pass-123"
REFRESH = "/api/v1/auth/token/refresh"


def login(api) -> dict:
    response = api.post(
        "/api/v1/auth/token", {"username": "moderator", "password": PASSWORD}, format="json"
    )
    assert response.status_code == 200
    return response.json()


def refresh(api, token: str):
    return api.post(REFRESH, {"refresh": token}, format="json")


def test_a_refresh_rotates_and_keeps_the_session_going(api, staff_user):
    tokens = login(api)
    response = refresh(api, tokens["refresh"])
    assert response.status_code == 200
    assert refresh(api, response.json()["refresh"]).status_code == 200
    assert refresh(api, tokens["refresh"]).status_code == 401  # rotated: the old one is spent


def test_a_password_change_ends_every_session_and_blacklists_its_tokens(api, staff_user):
    first, second = login(api), login(api)
    staff_user.set_password("a-new-password-456")
    staff_user.save()
    response = refresh(api, first["refresh"])
    assert response.status_code == 401
    assert response.json()["code"] == "password_changed"
    assert refresh(api, second["refresh"]).status_code == 401
    assert BlacklistedToken.objects.filter(token__user=staff_user).count() == 2
    me = api.get("/api/v1/admin/me", HTTP_AUTHORIZATION=f"Bearer {second['access']}")
    assert me.status_code == 401  # the access token carried the old password's hash


def test_deactivation_ends_every_session(api, staff_user):
    first, second = login(api), login(api)
    staff_user.is_active = False
    staff_user.save()
    assert refresh(api, first["refresh"]).status_code == 401
    assert BlacklistedToken.objects.filter(token__user=staff_user).count() == 2
    staff_user.is_active = True
    staff_user.save()
    assert refresh(api, second["refresh"]).status_code == 401  # stays ended


def test_log_out_everywhere_blacklists_every_refresh_token(api, staff_user):
    first, second = login(api), login(api)
    response = api.post("/api/v1/auth/logout-all", HTTP_AUTHORIZATION=f"Bearer {first['access']}")
    assert response.status_code == 200
    assert response.json() == {"revoked": 2}
    assert refresh(api, first["refresh"]).status_code == 401
    assert refresh(api, second["refresh"]).status_code == 401


def test_log_out_everywhere_needs_a_signed_in_user(api):
    assert api.post("/api/v1/auth/logout-all").status_code == 401


def test_rotation_cannot_outlive_the_session_lifetime(api, staff_user, settings):
    settings.JWT_SESSION_DAYS = 30
    settings.SIMPLE_JWT = {**settings.SIMPLE_JWT}
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        token = login(api)["refresh"]
    # Refreshed every 5 days (inside the 7-day refresh lifetime), for 30 days: still alive.
    for day in range(5, 31, 5):
        with time_machine.travel(start + timedelta(days=day), tick=False):
            response = refresh(api, token)
            assert response.status_code == 200, day
            token = response.json()["refresh"]
    with time_machine.travel(start + timedelta(days=31), tick=False):
        response = refresh(api, token)
    assert response.status_code == 401
    assert response.json()["code"] == "session_expired"
    assert BlacklistedToken.objects.filter(token__jti__isnull=False).count() >= 1


def test_a_token_of_a_deleted_user_is_401(api, staff_user):
    token = login(api)["refresh"]
    OutstandingToken.objects.filter(user=staff_user).update(user=None)
    staff_user.delete()
    assert refresh(api, token).status_code == 401
