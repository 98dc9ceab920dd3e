"""Site hardening that Django does not ship: the Content-Security-Policy (with a per-request
nonce), the Permissions-Policy, and the django-axes glue (a lockout answer in JSON for the
API and in HTML for pages; lockouts that also work through Django REST framework).

What each protection does and where it lives is described in docs/SECURITY.md.
"""

from __future__ import annotations

import functools
import ipaddress
import secrets
from collections.abc import Callable
from datetime import timedelta

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.db.models import Sum
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext, ngettext

# --- Content-Security-Policy -----------------------------------------------------------

#: The site's policy. No inline script anywhere: scripts come from our own origin, or carry
#: the per-request nonce (``request.csp_nonce``: ``<script nonce="{{ request.csp_nonce }}">``).
CSP_DIRECTIVES: dict[str, str] = {
    "default-src": "'self'",
    "script-src": "'self' 'nonce-{nonce}'",
    "style-src": "'self'",
    "img-src": "'self' data: https:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "manifest-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'none'",
    "frame-ancestors": "'none'",
    "form-action": "'self'",
}

#: Django's admin writes a few ``style="..."`` attributes in its own templates (and our
#: admin pages show small inline-styled lists). Attributes only, under /admin/ only: no
#: inline ``<style>`` element and no script is allowed by this.
ADMIN_CSP_OVERRIDES: dict[str, str] = {"style-src-attr": "'unsafe-inline'"}

#: Answers that, with DEBUG on, are Django's technical error pages.
DEBUG_PAGE_STATUSES = (404, 500)

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer", "autoplay", "browsing-topics", "camera", "display-capture",
        "geolocation", "gyroscope", "hid", "magnetometer", "microphone", "midi", "payment",
        "serial", "usb", "xr-spatial-tracking",
    )
)  # fmt: skip


def csp_header_value(nonce: str, *, path: str = "") -> str:
    admin_prefix = getattr(settings, "CSP_ADMIN_PREFIX", "/admin/")
    is_admin = bool(admin_prefix and path.startswith(admin_prefix))
    extra = getattr(settings, "CSP_EXTRA_DIRECTIVES", None) or {}
    return _csp_template(is_admin, tuple(extra.items())).replace(_NONCE_MARK, nonce)


_NONCE_MARK = "\x00nonce\x00"


@functools.lru_cache(maxsize=32)
def _csp_template(is_admin: bool, extra: tuple) -> str:
    """The policy with a mark where the nonce goes, built once per kind of page and extra
    directives (building it per request was a twentieth of the cheapest answer's work)."""
    directives = dict(CSP_DIRECTIVES)
    if is_admin:
        directives.update(ADMIN_CSP_OVERRIDES)
    directives.update(extra)
    return "; ".join(
        f"{name} {value.format(nonce=_NONCE_MARK)}".strip() for name, value in directives.items()
    )


class SecurityHeadersMiddleware:
    """Adds Content-Security-Policy (nonce per request) and Permissions-Policy to every answer.

    Django's SecurityMiddleware already sends HSTS (production), nosniff, Referrer-Policy and
    Cross-Origin-Opener-Policy; XFrameOptionsMiddleware sends ``X-Frame-Options: DENY``.
    A view that needs another policy sets its own ``Content-Security-Policy`` header; it is
    left alone. ``CSP_REPORT_ONLY = True`` sends the policy as report-only (for a trial run).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        nonce = secrets.token_urlsafe(18)
        request.csp_nonce = nonce
        response = self.get_response(request)
        header = (
            "Content-Security-Policy-Report-Only"
            if getattr(settings, "CSP_REPORT_ONLY", False)
            else "Content-Security-Policy"
        )
        if "Content-Security-Policy" not in response and header not in response:
            response[header] = csp_header_value(nonce, path=request.path)
            if settings.DEBUG and response.status_code in DEBUG_PAGE_STATUSES:
                # Django's technical 404/500 pages (DEBUG only) style themselves inline.
                response[header] = response[header].replace(
                    "style-src 'self'", "style-src 'self' 'unsafe-inline'"
                )
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


# --- django-axes ------------------------------------------------------------------------


#: The lockout parameter sets (AXES_LOCKOUT_PARAMETERS): failures for one username from one
#: client address, and failures from one client address across all usernames.
LOCK_PAIR = ["username", "ip_address"]
LOCK_ADDRESS = ["ip_address"]


class AxesHandler(AxesDatabaseHandler):
    """The database handler, with a limit per lockout parameter set and DRF support.

    Two counters decide a lockout (both over the cool-off window):

    - failures for one username from one client address (``AXES_FAILURE_LIMIT``): guessing
      one account's password is stopped early, and only for the guesser's address, so anyone
      who knows a moderator's username cannot lock the moderator out from elsewhere;
    - failures from one client address whatever the username (``AXES_ADDRESS_FAILURE_LIMIT``,
      higher, since an office's moderators may share one address): one address trying many
      usernames is stopped too.

    axes itself has one limit for every parameter set, so :meth:`get_failures` compares each
    counter with its own limit and tells axes "at the limit" when either is; which one it was
    is left on the request as ``axes_lock_scope`` ("account" or "address") for the answer.

    simplejwt's token view calls ``authenticate(request=<DRF Request>)``; axes marks *that*
    object as locked out, but the AxesMiddleware only sees the Django ``HttpRequest`` under
    it, so the lockout would come back as an ordinary "wrong password" 401 (and never say
    when to retry). Copying the flag down to the HttpRequest lets the middleware answer with
    :func:`lockout_response` as it does for the admin login form.
    """

    def get_failures(self, request, credentials: dict | None = None) -> int:
        from axes.helpers import get_failure_limit, get_lockout_parameters

        limit = get_failure_limit(request, credentials)
        address_limit = getattr(settings, "AXES_ADDRESS_FAILURE_LIMIT", None)
        parameters = get_lockout_parameters(request, credentials)
        pair_failures, address_failures = 0, 0
        for parameter, attempts in zip(
            parameters, self.get_user_attempts(request, credentials), strict=True
        ):
            address_only = list(parameter) == LOCK_ADDRESS
            if address_only and getattr(request, "axes_ip_address", None) is None:
                continue  # no address: not one shared bucket for every address-less request
            failures = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            if address_only:
                address_failures = max(address_failures, failures)
            else:
                pair_failures = max(pair_failures, failures)
        if address_limit and address_failures >= address_limit:
            request.axes_lock_scope = "address"  # the wider lock: every username is refused
        elif pair_failures >= limit:
            request.axes_lock_scope = "account"
        else:
            return pair_failures
        return max(pair_failures, limit)

    @staticmethod
    def _propagate(request) -> None:
        inner = getattr(request, "_request", None)
        if inner is not None and inner is not request and isinstance(inner, HttpRequest):
            for attr in ("axes_locked_out", "axes_credentials", "axes_lock_scope"):
                if attr in vars(request):
                    setattr(inner, attr, vars(request)[attr])

    def user_login_failed(self, sender, credentials: dict, request=None, **kwargs):
        result = super().user_login_failed(sender, credentials, request, **kwargs)
        if request is not None:
            self._propagate(request)
        return result

    def is_allowed(self, request, credentials: dict | None = None) -> bool:
        allowed = super().is_allowed(request, credentials)
        if not allowed and request is not None:
            self._propagate(request)
        return allowed


def axes_client_ip(request) -> str | None:
    """AXES_CLIENT_IP_CALLABLE: the site's client address (``NUM_PROXIES`` aware), or None;
    an IPv6 address stands for its /64 (the address at the start of it).

    ``marketplace.fingerprint.client_ip`` answers "unknown" when there is no address (e.g.
    ``force_login`` in tests); axes stores the value in a GenericIPAddressField, which
    PostgreSQL (``inet``) refuses, so anything that is not an IP address becomes None.
    """
    from marketplace.fingerprint import client_ip

    value = client_ip(request)
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address):
        # One host is usually given a whole /64: count it as one address (as the rankings
        # do, marketplace.fingerprint.network_of), or a per-address limit would mean nothing.
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, 64), strict=False).network_address)
    return str(address)


def _cool_off_seconds(request) -> int | None:
    from axes.helpers import get_cool_off

    cool_off = get_cool_off(request)
    return int(cool_off.total_seconds()) if cool_off else None


def lockout_messages(*, scope: str, minutes: int | None) -> tuple[str, str]:
    """What a locked-out person is told: the lock, and what it does not stop."""
    if minutes is None:
        return (
            gettext(
                "For your safety, this account is locked after too many failed logins. "
                "Ask an administrator to unlock it."
            ),
            "",
        )
    if scope == "address":
        message = ngettext(
            "Too many failed logins from your network address, for one or more accounts: "
            "logging in from it is paused. Try again in %(minutes)d minute.",
            "Too many failed logins from your network address, for one or more accounts: "
            "logging in from it is paused. Try again in %(minutes)d minutes.",
            minutes,
        ) % {"minutes": minutes}
        note = gettext("Attempts made while logging in is paused start the wait again.")
    else:
        message = ngettext(
            "Too many failed logins for this account from your network address: logging in "
            "to it from there is paused. Try again in %(minutes)d minute.",
            "Too many failed logins for this account from your network address: logging in "
            "to it from there is paused. Try again in %(minutes)d minutes.",
            minutes,
        ) % {"minutes": minutes}
        note = gettext(
            "Other accounts, and this account from other addresses, are not affected. "
            "Attempts made while logging in is paused start the wait again."
        )
    return message, note


def lockout_response(request, original_response=None, credentials=None) -> HttpResponse:
    """AXES_LOCKOUT_CALLABLE: a JSON error under /api/, a plain page elsewhere (HTTP 429)."""
    status = getattr(settings, "AXES_HTTP_RESPONSE_CODE", 429)
    seconds = _cool_off_seconds(request)
    minutes = max(1, (seconds + 59) // 60) if seconds else None
    scope = getattr(request, "axes_lock_scope", None) or "account"
    message, note = lockout_messages(scope=scope, minutes=minutes)
    if request.path.startswith("/api/"):
        response: HttpResponse = JsonResponse(
            {
                "detail": message,
                "code": "locked_out",
                "scope": scope,
                **({"retry_after": seconds} if seconds else {}),
            },
            status=status,
        )
    else:
        html = render_to_string(
            "security/lockout.html",
            {
                "message": message,
                "note": note,
                "minutes": minutes,
                "retry_at": timezone.now() + timedelta(seconds=seconds) if seconds else None,
            },
            request=request,
        )
        response = HttpResponse(html, status=status)
    if seconds:
        response["Retry-After"] = str(seconds)
    response["Cache-Control"] = "no-store"
    return response


#: axes stores the attempted username in a 255-character column.
AXES_USERNAME_MAX = 255


def axes_username(request, credentials: dict | None) -> str | None:
    """AXES_USERNAME_CALLABLE: the attempted username, cut to what axes can store.

    A longer one can name no account (Django's usernames are at most 150 characters), so the
    attempt is recorded under its first 255 characters instead of failing the request.
    """
    if credentials:
        value = credentials.get("username")
    else:  # as axes reads it: DRF's parsed body, else the form
        value = getattr(request, "data", request.POST).get("username")
    return None if value is None else str(value)[:AXES_USERNAME_MAX]
