"""Brute force: django-axes locks a username for one client address after 5 failed logins
from that address, and a client address after 20 failed logins from it whatever the
usernames, each for 15 minutes, on the admin login form and the API token endpoints alike.
A username is never locked for every address: knowing a moderator's username is not enough
to lock the moderator out."""

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
    assert b"Other accounts, and this account from other addresses" in response.content
    assert int(response["Retry-After"]) == 15 * 60
    assert "_auth_user_id" not in client.session


def test_a_username_locked_from_one_address_still_logs_in_from_another(client, user):
    """The abuse this design stops: anyone who knows a moderator's username failing its
    password five times used to lock the moderator out everywhere for 15 minutes."""
    for _ in range(6):
        admin_login(client, "wrong", ip="198.51.100.66")
    assert admin_login(client, PASSWORD, ip="198.51.100.66").status_code == 429
    response = admin_login(client, PASSWORD, ip="203.0.113.7")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    client.logout()
    assert token(client, PASSWORD, ip="203.0.113.7").status_code == 200


def test_a_username_locked_from_one_address_gets_a_token_from_another(client, user):
    for _ in range(5):
        token(client, "wrong", ip="198.51.100.66")
    assert token(client, PASSWORD, ip="198.51.100.66").status_code == 429
    response = token(client, PASSWORD, ip="2001:db8:aa::1")
    assert response.status_code == 200, response.content
    assert "access" in response.json()


def test_unknown_user_failures_do_not_lock_the_real_admin(client, user):
    """Failed logins for a name that does not exist, from the admin's own address, lock that
    name (from there) and leave the admin free to log in, below the address limit."""
    for _ in range(6):
        admin_login(client, "wrong", username="nobody-here")
    assert admin_login(client, "wrong", username="nobody-here").status_code == 429
    response = admin_login(client, PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_one_address_trying_many_usernames_is_locked_for_every_username(
    client, user, django_user_model
):
    django_user_model.objects.create_user(username="other", password=PASSWORD, is_staff=True)
    codes = [admin_login(client, "wrong", username=f"guess{n}").status_code for n in range(20)]
    assert codes == [200] * 19 + [429]  # one failure each: only the address limit applies
    response = admin_login(client, PASSWORD, username="other")
    assert response.status_code == 429
    assert "from your network address, for one or more accounts" in response.content.decode()
    assert "_auth_user_id" not in client.session
    body = token(client, PASSWORD).json()
    assert body["code"] == "locked_out" and body["scope"] == "address"
    # Everyone else is unaffected, the owners of the guessed names included.
    assert admin_login(client, PASSWORD, username="other", ip="198.51.100.5").status_code == 302


def test_the_address_limit_counts_the_token_endpoints_and_the_admin_form_together(client, user):
    for n in range(19):
        admin_login(client, "wrong", username=f"guess{n}")
    assert token(client, "wrong", username="guess-api").status_code == 429
    response = client.post(
        "/api/v1/admin/login",
        {"username": "mod", "password": PASSWORD},
        content_type="application/json",
        REMOTE_ADDR="203.0.113.7",
    )
    assert response.status_code == 429
    assert response.json()["scope"] == "address"


def test_the_address_limit_is_a_setting(client, user, settings):
    settings.AXES_ADDRESS_FAILURE_LIMIT = 3
    for n in range(3):
        admin_login(client, "wrong", username=f"guess{n}")
    assert admin_login(client, PASSWORD).status_code == 429


def test_the_client_address_is_the_proxys_hop_with_num_proxies(client, user, settings):
    settings.NUM_PROXIES = 1
    proxy = "10.0.0.2"

    def via_proxy(password, forwarded):
        return client.post(
            reverse("admin:login") + "?next=/admin/",
            {"username": "mod", "password": password},
            REMOTE_ADDR=proxy,
            HTTP_X_FORWARDED_FOR=forwarded,
        )

    for _ in range(5):
        via_proxy("wrong", "1.2.3.4, 198.51.100.66")  # the attacker put 1.2.3.4 first
    assert via_proxy(PASSWORD, "198.51.100.66").status_code == 429
    assert via_proxy(PASSWORD, "198.51.100.67").status_code == 302  # the owner, same proxy


def test_a_forged_forwarded_for_header_is_ignored_without_proxies(client, user, settings):
    settings.NUM_PROXIES = 0
    for n in range(5):
        client.post(
            reverse("admin:login"),
            {"username": "mod", "password": "wrong"},
            REMOTE_ADDR="198.51.100.66",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n}",
        )
    assert admin_login(client, PASSWORD, ip="198.51.100.66").status_code == 429


def test_an_ipv6_host_counts_as_its_slash_64(client, user):
    for n in range(5):
        admin_login(client, "wrong", ip=f"2001:db8:1:2::{n + 1:x}")
    assert admin_login(client, PASSWORD, ip="2001:db8:1:2:ffff::9").status_code == 429
    assert admin_login(client, PASSWORD, ip="2001:db8:1:3::1").status_code == 302


def test_the_lockout_answer_is_in_korean_for_korean_readers(client, user):
    for _ in range(5):
        token(client, "wrong")
    response = client.post(
        TOKEN_URL,
        {"username": "mod", "password": PASSWORD},
        content_type="application/json",
        REMOTE_ADDR="203.0.113.7",
        HTTP_ACCEPT_LANGUAGE="ko",
    )
    assert response.status_code == 429
    detail = response.json()["detail"]
    assert "15분" in detail and "Too many" not in detail
    page = admin_login(client, PASSWORD)
    assert "Try again in 15 minutes" in page.content.decode()
    client.cookies["django_language"] = "ko"
    page = admin_login(client, PASSWORD)
    assert "로그인 시도가 너무 많습니다" in page.content.decode()
    assert "15분" in page.content.decode()


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
    assert "You can try again after 10:15 UTC" in html


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
    assert body["scope"] == "account"
    assert body["detail"].endswith("Try again in 15 minutes.")
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
    assert axes_client_ip(type("R", (), {"META": {"REMOTE_ADDR": "2001:db8::1"}})()) == "2001:db8::"
    assert axes_client_ip(type("R", (), {"META": {"REMOTE_ADDR": "::ffff:192.0.2.9"}})()) == (
        "192.0.2.9"
    )
