"""Security headers: a CSP with no inline script (a nonce per request), Permissions-Policy,
nosniff, Referrer-Policy, X-Frame-Options, COOP; the API docs page needs no inline code."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.test import RequestFactory

from marketplace.security import SecurityHeadersMiddleware
from tests.marketplace.test_settings import PROD_ENV, run_django

pytestmark = pytest.mark.django_db


def csp(response) -> dict[str, str]:
    return {
        part.strip().split(" ", 1)[0]: ([*part.strip().split(" ", 1), ""])[1]
        for part in response["Content-Security-Policy"].split(";")
    }


def test_pages_get_a_strict_policy_and_the_other_headers(client):
    response = client.get("/")
    policy = csp(response)
    assert re.fullmatch(r"'self' 'nonce-[A-Za-z0-9_-]{20,}'", policy["script-src"])
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "unsafe-eval" not in response["Content-Security-Policy"]
    assert policy["style-src"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert policy["base-uri"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"
    assert policy["form-action"] == "'self'"
    assert policy["img-src"] == "'self' data: https:"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_the_nonce_is_new_on_every_request_and_is_the_one_on_the_request():
    seen = {}

    def view(request):
        seen["nonce"] = request.csp_nonce
        return HttpResponse("ok")

    middleware = SecurityHeadersMiddleware(view)
    first = middleware(RequestFactory().get("/"))
    assert f"'nonce-{seen['nonce']}'" in first["Content-Security-Policy"]
    second = middleware(RequestFactory().get("/"))
    assert csp(first)["script-src"] != csp(second)["script-src"]


def test_a_views_own_policy_is_kept(settings):
    def view(request):
        response = HttpResponse("x")
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
        return response

    response = SecurityHeadersMiddleware(view)(RequestFactory().get("/api/v1/skills/a/b/c/files/x"))
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"


def test_report_only_mode(settings):
    settings.CSP_REPORT_ONLY = True
    response = SecurityHeadersMiddleware(lambda r: HttpResponse("x"))(RequestFactory().get("/"))
    assert "Content-Security-Policy" not in response
    assert "script-src" in response["Content-Security-Policy-Report-Only"]


def test_the_admin_allows_style_attributes_and_nothing_else_inline(staff_client):
    response = staff_client.get("/admin/")
    assert response.status_code == 200
    policy = csp(response)
    assert policy["style-src-attr"] == "'unsafe-inline'"
    assert policy["style-src"] == "'self'"
    assert "unsafe" not in policy["script-src"]
    assert "style-src-attr" not in csp(staff_client.get("/"))


def test_the_api_docs_page_has_no_inline_script_or_style(client):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<style" not in html
    scripts = re.findall(r"<script([^>]*)>", html)
    assert scripts and all("src=" in attrs for attrs in scripts), scripts
    script_url = re.search(r'<script src="(/api/docs/\?script=[^"]*)"', html).group(1)
    script = client.get(script_url.replace("&amp;", "&"))
    assert script.status_code == 200 and "SwaggerUIBundle" in script.content.decode()


def test_lockout_page_and_admin_login_have_no_inline_code(client):
    from django.template.loader import render_to_string

    html = render_to_string("security/lockout.html", {"minutes": 15})
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)  # scripts only from files
    assert "<style" not in html and "style=" not in html
    login = client.get("/admin/login/").content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>", login)


def test_axes_middleware_is_last_and_its_backend_first():
    assert settings.MIDDLEWARE[-1] == "axes.middleware.AxesMiddleware"
    assert settings.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"
    assert "marketplace.security.SecurityHeadersMiddleware" in settings.MIDDLEWARE


def test_production_turns_on_hsts_and_secure_httponly_cookies():
    result = run_django(
        "print(s.SECURE_HSTS_SECONDS >= 31536000, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, "
        "s.SESSION_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, s.CSRF_COOKIE_SECURE, "
        "s.SECURE_CONTENT_TYPE_NOSNIFF, s.X_FRAME_OPTIONS, s.AXES_FAILURE_LIMIT, "
        "s.AXES_ADDRESS_FAILURE_LIMIT, int(s.AXES_COOLOFF_TIME.total_seconds()), "
        "s.AXES_LOCKOUT_PARAMETERS)",
        **PROD_ENV,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split(None, 10) == [
        "True",
        "True",
        "True",
        "True",
        "True",
        "True",
        "DENY",
        "5",
        "20",
        "900",
        "[['username', 'ip_address'], ['ip_address']]\n",
    ]


def test_extra_directives_are_read_on_every_request_though_the_policy_is_built_once(
    client, settings
):
    before = client.get("/api/v1/health")["Content-Security-Policy"]
    settings.CSP_EXTRA_DIRECTIVES = {"report-uri": "/csp-report/", "script-src": "'nonce-{nonce}'"}
    response = client.get("/api/v1/health")
    policy = response["Content-Security-Policy"]
    del settings.CSP_EXTRA_DIRECTIVES
    after = client.get("/api/v1/health")["Content-Security-Policy"]

    assert "report-uri /csp-report/" in policy and "report-uri" not in before + after
    nonce = re.search(r"script-src 'nonce-([^']+)'", policy).group(1)
    assert len(nonce) == 24 and nonce not in before + after
    assert after.replace(re.search(r"nonce-([^']+)", after).group(1), "N") == before.replace(
        re.search(r"nonce-([^']+)", before).group(1), "N"
    )
