"""A per-view cache of whole pages for anonymous visitors.

``@page_cache(...)`` (or ``method_decorator(page_cache(...), name="dispatch")`` on a class-based
view) stores the rendered page of an anonymous GET/HEAD for ``PAGE_CACHE_SECONDS`` under a key
made of the language the page is rendered in (``marketplace.i18n``: ``?lang=``, the language
cookie, ``Accept-Language``), the scheme, the host, the path and the normalised query string
(parameters sorted by name; a parameter the view does not take, or a query longer than
``MAX_QUERY_CHARS``, is served live and never stored; ``lang`` is taken by every view), together with the catalogue version it was rendered at
(``skills.cache``: publishing, hiding, unhiding and new rankings bump it on commit). The
version and the page come back in one cache round trip, and a page from an older version
counts as missing, so a change shows at once. A page about one skill (``skill_kwarg``) is
checked against that skill's own version instead of the listings' (``skills.cache``).

Per-request values never leave the request they were made for. While a page that may be
stored is rendered, ``{% csrf_token %}`` / ``{{ csrf_token }}`` get a random marker instead of a
token, and the request's CSP nonce is swapped for another marker in the stored copy; serving
a page (the first time too) puts in this visitor's own token (``get_token``, which also sets
the CSRF cookie) and this request's nonce. A page for which a real token was handed out some
other way is not stored.

Never stored: requests from signed-in users (staff see live pages), requests with pending
messages, answers other than 200, answers that set a cookie (other than the CSRF cookie),
modify the session, vary on anything but ``Cookie`` or ``Accept-Language``, or say ``private``/``no-store``/``no-cache``.

Stored pages are sent with ``Cache-Control: public, max-age=…`` (``private`` when the page
carries the visitor's CSRF token or the nonce) and ``Vary: Cookie``; a page with no
per-request value also gets an ``ETag`` (its bytes are identical for every visitor) and
``If-None-Match`` answers 304.

Every answer a view could have stored says whether it came from the cache: ``X-Cache: hit``
or ``miss`` (a page that is never stored, or the cache turned off, has no such header). The
benchmark's churn run counts them (docs/BENCHMARKS.md).

``on_serve(request, data)`` runs after the answer has been sent (a response close hook), for
every 200 or 304 the view serves, from the cache or not; ``data`` is what the view put in
``response.page_cache_data`` (kept with the stored page). The skill page records its "view"
event that way: off the visitor's critical path, and still on a cache hit.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from collections.abc import Callable, Collection
from functools import partial, wraps
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.template.response import SimpleTemplateResponse
from django.utils import translation
from django.utils.cache import (
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
)

from marketplace.compat import call_after_response
from marketplace.i18n import LANG_PARAM, language_from_query
from skills.cache import catalogue_cache_get, catalogue_cache_set

logger = logging.getLogger(__name__)

#: Longer (normalised) query strings are served live and never stored.
MAX_QUERY_CHARS = 400
#: How long browsers (and shared caches, for pages with no per-visitor value) may reuse a
#: page; capped by PAGE_CACHE_SECONDS. Short: our own cache is invalidated at once on a
#: change, theirs are not.
BROWSER_MAX_AGE = 60
KEY_PREFIX = "page"
_ALLOWED_VARY = {"cookie", "accept-encoding", "accept-language"}
_NOT_STORED_HEADERS = {"content-length", "etag", "cache-control", "vary", "set-cookie", "x-cache"}
#: Says whether an answer that could be cached came from the cache ("hit") or was made.
CACHE_STATUS_HEADER = "X-Cache"

OnServe = Callable[[HttpRequest, dict], None]


def page_cache(
    view=None,
    *,
    query_params: Collection[str] = (),
    on_serve: OnServe | None = None,
    skill_kwarg: str | None = None,
):
    """Cache a view's anonymous pages (see the module docstring).

    ``query_params``: the GET parameters the view reads; a request with any other parameter
    is served live and not stored (so junk or tracking parameters cannot fill the cache).
    ``skill_kwarg``: the URL keyword naming the skill a page is about (its slug); its pages
    are then checked against that skill's version, not the listings' (skills.cache), so a
    change to other skills leaves them cached.
    """
    allowed = frozenset(query_params)

    def decorator(view_func):
        @wraps(view_func)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            key = _cache_key(request, allowed)
            skill = kwargs.get(skill_kwarg) if skill_kwarg else None
            found = _lookup(key, skill) if key is not None else None
            if found is not None:
                version, entry = found
                if entry is not None:
                    response = _from_entry(request, entry)
                    if response is not None:
                        response[CACHE_STATUS_HEADER] = "hit"
                        return _finish(request, response, entry, on_serve, entry.get("data"))
                return _render_and_store(request, key, version, view_func, args, kwargs, on_serve)
            response = view_func(request, *args, **kwargs)
            if (
                _ttl()
                and request.method in ("GET", "HEAD")
                and not response.has_header("Cache-Control")
            ):
                patch_cache_control(response, private=True)  # this visitor's page only
            return _after(request, response, on_serve, getattr(response, "page_cache_data", None))

        return wrapped

    return decorator(view) if view is not None else decorator


# --- Keys -------------------------------------------------------------------------------


def _ttl() -> int:
    return max(0, int(getattr(settings, "PAGE_CACHE_SECONDS", 0) or 0))


def _pending_messages(request: HttpRequest) -> bool:
    storage = getattr(request, "_messages", None)
    return storage is not None and len(storage) > 0  # len() loads them without marking them read


def normalised_query(request: HttpRequest, allowed: Collection[str]) -> str | None:
    """The query string with its parameters sorted by name (the values of a repeated name
    keep their order), or None when it has a parameter outside `allowed` or is too long."""
    pairs = []
    for name, values in request.GET.lists():
        if name == LANG_PARAM and language_from_query(request) is not None:
            pass  # every page takes ?lang= (its hreflang alternates); the key has the language
        elif name not in allowed:
            return None
        pairs.extend((name, value) for value in values)
    pairs.sort(key=lambda pair: pair[0])
    query = urlencode(pairs)
    return query if len(query) <= MAX_QUERY_CHARS else None


def _cache_key(request: HttpRequest, allowed: Collection[str]) -> str | None:
    """The key of this request's page, or None when it must be served live. The entry under
    it is stored with the catalogue version it was rendered at (``catalogue_cache_set``)."""
    if request.method not in ("GET", "HEAD") or not _ttl():
        return None
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return None
    if _pending_messages(request):
        return None
    query = normalised_query(request, allowed)
    if query is None:
        return None
    # The language the page will be rendered in (set by the language middleware before any
    # view runs): a Korean visitor never gets the English page, nor the reverse.
    language = translation.get_language() or settings.LANGUAGE_CODE
    raw = "\n".join((language, request.scheme or "", request.get_host(), request.path, query))
    return f"{KEY_PREFIX}:{hashlib.sha256(raw.encode()).hexdigest()}"


def _lookup(key: str, skill: str | None) -> tuple[tuple, dict | None] | None:
    """(catalogue version, the page stored for it or None) in one cache round trip; None
    when the cache cannot be reached (pages are then served live)."""
    try:
        version, entry = catalogue_cache_get(key, skill=skill)
    except Exception:
        logger.warning("page cache unavailable", exc_info=True)
        return None
    return version, entry if isinstance(entry, dict) else None


# --- Serving ----------------------------------------------------------------------------


def _substitute(
    request: HttpRequest, content: bytes, *, csrf: str | None, nonce: str | None
) -> bytes | None:
    """`content` with this request's CSRF token and CSP nonce in place of the markers."""
    if csrf and csrf.encode() in content:
        content = content.replace(csrf.encode(), get_token(request).encode())
    if nonce:
        real = getattr(request, "csp_nonce", None)
        if not real:
            return None  # no nonce to give: serve live
        content = content.replace(nonce.encode(), real.encode())
    return content


def _from_entry(request: HttpRequest, entry: dict) -> HttpResponse | None:
    content = _substitute(
        request, entry["content"], csrf=entry.get("csrf"), nonce=entry.get("nonce")
    )
    if content is None:
        return None
    response = HttpResponse(content, status=200)
    for name, value in entry["headers"]:
        response[name] = value
    return response


def _render_and_store(request, key, version, view_func, args, kwargs, on_serve) -> HttpResponse:
    csrf_marker = f"pagecache-csrf-{secrets.token_hex(16)}"
    response = view_func(request, *args, **kwargs)
    if isinstance(response, SimpleTemplateResponse) and not response.is_rendered:
        if response.context_data is None:
            response.context_data = {}
        # Context values override the context processors': the page gets the marker, and no
        # token is made while rendering (the visitor's own token goes in below).
        response.context_data.setdefault("csrf_token", csrf_marker)
        response.render()
    data = getattr(response, "page_cache_data", None)
    entry = None
    if _storable(request, response):
        content = response.content
        nonce_marker = None
        real_nonce = getattr(request, "csp_nonce", None)
        if real_nonce and real_nonce.encode() in content:
            nonce_marker = f"pagecache-nonce-{secrets.token_hex(16)}"
            content = content.replace(real_nonce.encode(), nonce_marker.encode())
        entry = {
            "content": content,
            "headers": [
                (k, v) for k, v in response.items() if k.lower() not in _NOT_STORED_HEADERS
            ],
            "csrf": csrf_marker if csrf_marker.encode() in content else None,
            "nonce": nonce_marker,
            "data": data,
        }
        if not entry["csrf"] and not entry["nonce"]:
            entry["etag"] = f'"{hashlib.sha256(content).hexdigest()[:40]}"'
        try:
            catalogue_cache_set(key, version, entry, _ttl())
        except Exception:
            logger.warning("page cache unavailable", exc_info=True)
    response[CACHE_STATUS_HEADER] = "miss"
    if not getattr(response, "streaming", False) and csrf_marker.encode() in response.content:
        response.content = _substitute(request, response.content, csrf=csrf_marker, nonce=None)
    if entry is None:
        if request.method in ("GET", "HEAD") and not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True)
        return _after(request, response, on_serve, data)
    return _finish(request, response, entry, on_serve, data)


def _header_values(header: str) -> list[str]:
    """The comma-separated values of a header such as Cache-Control or Vary."""
    return [value.strip() for value in header.split(",") if value.strip()]


def _storable(request: HttpRequest, response: HttpResponse) -> bool:
    if response.status_code != 200 or getattr(response, "streaming", False):
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False  # a real token was made for this request and may be in the page
    if set(response.cookies) - {settings.CSRF_COOKIE_NAME}:
        return False
    directives = {
        d.split("=", 1)[0].strip().lower()
        for d in _header_values(response.get("Cache-Control", ""))
    }
    if directives & {"private", "no-store", "no-cache"}:
        return False
    vary = {v.lower() for v in _header_values(response.get("Vary", ""))}
    if vary - _ALLOWED_VARY:
        return False
    if _pending_messages(request):
        return False
    session = getattr(request, "session", None)
    return not (session is not None and session.modified)


def _finish(request, response: HttpResponse, entry: dict, on_serve, data) -> HttpResponse:
    """Cache headers of a stored page; 304 when the visitor already has these bytes."""
    per_visitor = bool(entry.get("csrf") or entry.get("nonce"))
    max_age = min(BROWSER_MAX_AGE, _ttl())
    if per_visitor:
        patch_cache_control(response, private=True, max_age=max_age)
    else:
        patch_cache_control(response, public=True, max_age=max_age)
    patch_vary_headers(response, ("Cookie",))
    etag = entry.get("etag")
    if etag:
        response["ETag"] = etag
        response = get_conditional_response(request, etag=etag, response=response)
    return _after(request, response, on_serve, data)


def _after(request, response: HttpResponse, on_serve, data) -> HttpResponse:
    if on_serve is not None and data is not None and response.status_code in (200, 304):
        # Run once the answer is sent: the WSGI server calls response.close() after the last
        # byte (Django's own FileResponse closes its file the same way).
        call_after_response(response, partial(on_serve, request, data))
    return response
