"""Brute force: django-axes locks a username (and the username+IP pair) after 5 failed
logins for 15 minutes, on the admin login form and on the API token endpoint alike; never a
whole IP address for everyone."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db

PASSWORD = "right-password-123"
TOKEN_URL = "/api/v1/auth/token"


@pytest.fixture
def user(django_user_model):
    return django_user_model.objects.create_user(
        username="mod", password=PASSWORD, is_staff=True, is_superuser=True
    )


def admin_login(client, password, *, username="mod", ip="203.0.113.7"):
    return client.post(
        reverse("admin:login") + "?next=/admin/",
        {"username": username, "password": password},
        REMOTE_ADDR=ip,
    )


def token(client, password, *, username="mod", ip="203.0.113.7"):
    return client.post(
        TOKEN_URL,
        {"username": username, "password": password},
        content_type="application/json",
        REMOTE_ADDR=ip,
    )


def test_admin_login_works_with_the_right_password(client, user):
    response = admin_login(client, PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_five_bad_admin_logins_lock_the_sixth_even_with_the_right_password(client, user):
    for _ in range(4):
        response = admin_login(client, "wrong")
        assert response.status_code == 200  # the form again, with an error
    response = admin_login(client, "wrong")  # the fifth failure locks
    assert response.status_code == 429
    response = admin_login(client, PASSWORD)
    assert response.status_code == 429
    assert "text/html" in response["Content-Type"]
    assert b"Too many login attempts" in response.content
    assert int(response["Retry-After"]) == 15 * 60
    assert "_auth_user_id" not in client.session


def test_admin_lockout_is_per_username_across_addresses(client, user):
    for n in range(5):
        admin_login(client, "wrong", ip=f"198.51.100.{n + 1}")
    assert admin_login(client, PASSWORD, ip="198.51.100.99").status_code == 429


def test_unknown_user_failures_do_not_lock_the_real_admin(client, user):
    """Four (or forty) failed logins for a name that does not exist, from the admin's own
    address, leave the admin free to log in with the right password."""
    for _ in range(6):
        admin_login(client, "wrong", username="nobody-here")
    assert admin_login(client, "wrong", username="nobody-here").status_code == 429
    response = admin_login(client, PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_failures_for_other_accounts_from_one_address_lock_only_those_accounts(
    client, user, django_user_model
):
    django_user_model.objects.create_user(username="other", password=PASSWORD, is_staff=True)
    for n in range(5):
        for _ in range(5):
            admin_login(client, "wrong", username=f"guess{n}")
    assert admin_login(client, PASSWORD, username="other").status_code == 302
    client.logout()
    assert token(client, PASSWORD).status_code == 200
    assert admin_login(client, PASSWORD, username="guess0").status_code == 429


def test_the_lockout_page_is_in_the_site_layout_and_says_when_to_retry(client, user):
    start = timezone.now().replace(hour=10, minute=0, second=0, microsecond=0)
    with time_machine.travel(start, tick=False):
        for _ in range(5):
            admin_login(client, "wrong")
        response = admin_login(client, PASSWORD)
    assert response.status_code == 429
    html = response.content.decode()
    assert 'class="site-header"' in html and 'class="site-footer"' in html
    assert "Try again in 15 minutes" in html
    assert "after 10:15 UTC" in html


def test_admin_lockout_ends_after_fifteen_minutes(client, user):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        for _ in range(5):
            admin_login(client, "wrong")
    with time_machine.travel(start + timedelta(minutes=15, seconds=1), tick=False):
        assert admin_login(client, PASSWORD).status_code == 302


def test_attempts_during_a_lockout_extend_it(client, user):
    """axes' default (AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT): hammering keeps it locked."""
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        for _ in range(5):
            admin_login(client, "wrong")
    with time_machine.travel(start + timedelta(minutes=14), tick=False):
        assert admin_login(client, PASSWORD).status_code == 429
    with time_machine.travel(start + timedelta(minutes=16), tick=False):
        assert admin_login(client, PASSWORD).status_code == 429
    with time_machine.travel(start + timedelta(minutes=16 + 15, seconds=1), tick=False):
        assert admin_login(client, PASSWORD).status_code == 302


def test_api_token_works_with_the_right_password(client, user):
    response = token(client, PASSWORD)
    assert response.status_code == 200, response.content
    assert "access" in response.json()


def test_five_bad_token_requests_lock_the_api_with_a_json_429(client, user):
    for _ in range(4):
        response = token(client, "wrong")
        assert response.status_code == 401
    response = token(client, "wrong")
    assert response.status_code == 429
    response = token(client, PASSWORD)
    assert response.status_code == 429
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["code"] == "locked_out"
    assert body["retry_after"] == 15 * 60
    assert "access" not in body
    assert response["Retry-After"] == str(15 * 60)


def test_api_and_admin_share_the_lock(client, user):
    for _ in range(5):
        token(client, "wrong")
    assert admin_login(client, PASSWORD).status_code == 429


def test_api_lockout_ends_after_fifteen_minutes(client, user):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        for _ in range(5):
            token(client, "wrong")
        assert token(client, "wrong").status_code == 429
    with time_machine.travel(start + timedelta(minutes=15, seconds=1), tick=False):
        response = token(client, PASSWORD)
        assert response.status_code == 200, response.content
        assert "access" in response.json()


def test_api_lockout_without_the_drf_glue_would_be_a_plain_401(client, user, settings):
    """Why marketplace.security.AxesHandler exists: the stock handler flags the DRF request,
    which the middleware never sees."""
    settings.AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
    from axes.handlers.proxy import AxesProxyHandler

    AxesProxyHandler.implementation = None
    try:
        for _ in range(5):
            token(client, "wrong")
        assert token(client, PASSWORD).status_code == 401
    finally:
        AxesProxyHandler.implementation = None


def test_failed_attempts_are_recorded_for_the_admin(client, user):
    from axes.models import AccessAttempt

    admin_login(client, "wrong")
    token(client, "wrong")
    attempt = AccessAttempt.objects.get(username="mod")
    assert attempt.failures_since_start == 2


def test_a_request_without_an_address_is_recorded_without_one(client, user):
    """force_login has no REMOTE_ADDR; the site's client_ip says "unknown", which PostgreSQL's
    inet column refuses (this failed on PostgreSQL before axes_client_ip)."""
    from axes.models import AccessLog

    from marketplace.security import axes_client_ip

    client.force_login(user)
    assert AccessLog.objects.get(username="mod").ip_address is None
    assert axes_client_ip(type("R", (), {"META": {}})()) is None
    assert (
        axes_client_ip(type("R", (), {"META": {"REMOTE_ADDR": "2001:db8::1"}})()) == "2001:db8::1"
    )
