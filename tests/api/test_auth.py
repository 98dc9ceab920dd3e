"""JWT and session authentication of the API; every bad token answers 401."""

from __future__ import annotations

import base64
import json
from datetime import timedelta

import jwt
import pytest
import time_machine
from django.conf import settings as django_settings
from django.test import Client
from django.utils import timezone
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db

PASSWORD = "moderator-pass-123"
ME = "/api/v1/admin/me"


def obtain(api, username="moderator", password=PASSWORD, fmt="json"):
    return api.post("/api/v1/auth/token", {"username": username, "password": password}, format=fmt)


def bearer(token: str) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


def b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


@pytest.mark.parametrize("fmt", ["json", "form"])
def test_token_from_json_or_form(api, staff_user, fmt):
    if fmt == "json":
        response = obtain(api)
    else:
        response = Client().post(
            "/api/v1/auth/token",
            f"username=moderator&password={PASSWORD}",
            content_type="application/x-www-form-urlencoded",
        )
    assert response.status_code == 200
    assert set(response.json()) == {"access", "refresh"}
    me = api.get(ME, **bearer(response.json()["access"]))
    assert me.status_code == 200
    assert set(me.json()) == {"id", "username", "role", "email", "is_staff", "is_superuser"}
    assert me.json()["role"] == "admin"


def test_wrong_password_is_401(api, staff_user):
    response = obtain(api, password="wrong")
    assert response.status_code == 401
    assert set(response.json()) == {"detail", "code"}


def test_missing_credentials_are_401_with_a_bearer_challenge(api):
    response = api.get(ME)
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert response.json()["code"] == "not_authenticated"


def test_expired_access_token_is_401(api, staff_user):
    with time_machine.travel(timezone.now(), tick=False):
        access = obtain(api).json()["access"]
    later = (
        timezone.now() + django_settings.SIMPLE_JWT["ACCESS_TOKEN_LIFETIME"] + timedelta(minutes=1)
    )
    with time_machine.travel(later, tick=False):
        response = api.get(ME, **bearer(access))
    assert response.status_code == 401
    assert response.json()["code"] == "token_not_valid"


def test_tampered_token_is_401(api, staff_user):
    access = obtain(api).json()["access"]
    header, payload, signature = access.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["user_id"] = "999999"
    assert api.get(ME, **bearer(f"{header}.{b64(claims)}.{signature}")).status_code == 401
    flipped = signature[:-2] + ("AA" if signature[-2:] != "AA" else "BB")
    assert api.get(ME, **bearer(f"{header}.{payload}.{flipped}")).status_code == 401


def test_alg_none_token_is_401(api, staff_user):
    access = obtain(api).json()["access"]
    claims = jwt.decode(access, options={"verify_signature": False})
    unsigned = f"{b64({'alg': 'none', 'typ': 'JWT'})}.{b64(claims)}."
    assert api.get(ME, **bearer(unsigned)).status_code == 401


@pytest.mark.filterwarnings("ignore::jwt.warnings.InsecureKeyLengthWarning")
def test_token_signed_with_another_algorithm_is_401(api, staff_user):
    assert django_settings.SIMPLE_JWT["ALGORITHM"] == "HS256"
    access = obtain(api).json()["access"]
    claims = jwt.decode(access, options={"verify_signature": False})
    other = jwt.encode(claims, django_settings.SIMPLE_JWT["SIGNING_KEY"], algorithm="HS512")
    assert api.get(ME, **bearer(other)).status_code == 401


def test_refresh_rotates_and_blacklists_the_used_token(api, staff_user):
    refresh = obtain(api).json()["refresh"]
    rotated = api.post("/api/v1/auth/token/refresh", {"refresh": refresh}, format="json")
    assert rotated.status_code == 200
    assert set(rotated.json()) == {"access", "refresh"}
    assert rotated.json()["refresh"] != refresh
    reused = api.post("/api/v1/auth/token/refresh", {"refresh": refresh}, format="json")
    assert reused.status_code == 401
    assert set(reused.json()) == {"detail", "code"}
    verify = api.post("/api/v1/auth/token/verify", {"token": refresh}, format="json")
    assert verify.status_code == 401
    fresh = api.post(
        "/api/v1/auth/token/verify", {"token": rotated.json()["access"]}, format="json"
    )
    assert fresh.status_code == 200 and fresh.json() == {}


def test_a_refresh_token_is_not_an_access_token(api, staff_user):
    refresh = obtain(api).json()["refresh"]
    assert api.get(ME, **bearer(refresh)).status_code == 401


def test_non_staff_users_get_403(api, django_user_model):
    django_user_model.objects.create_user(username="visitor", password="visitor-pass-123")
    access = obtain(api, username="visitor", password="visitor-pass-123").json()["access"]
    for method, url in [
        ("get", ME),
        ("get", "/api/v1/admin/raw-skills"),
        ("get", "/api/v1/admin/sources"),
        ("post", "/api/v1/admin/sources"),
    ]:
        response = getattr(api, method)(url, **bearer(access))
        assert response.status_code == 403, url
        assert response.json()["code"] == "permission_denied"


def test_session_authentication_works_for_logged_in_browsers(staff_user, settings):
    settings.AXES_ENABLED = False  # force_login has no client IP for django-axes to record
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(staff_user)
    assert client.get(ME).status_code == 200
    # Unsafe methods with a session need the CSRF token, like every Django form.
    assert (
        client.post(
            "/api/v1/admin/sources", {"url": "https://github.com/a/b"}, format="json"
        ).status_code
        == 403
    )


def test_the_token_endpoint_is_throttled(api, staff_user, settings):
    rates = {**settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], "token": "2/min"}
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}
    codes = [obtain(api, password="wrong").status_code for _ in range(3)]
    assert codes == [401, 401, 429]
