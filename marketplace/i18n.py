"""The site's languages: which one a request is served in, and the links between them.

English is the source language and the default; Korean is kept complete (``locale/ko``).
A request's language is, in order: a valid ``?lang=`` parameter (the ``hreflang``
alternates: every page has one URL per language that crawlers can follow, and that
parameter never sets a cookie), the cookie the language menu sets (Django's ``set_language``
view), then ``Accept-Language``. URLs carry no language prefix, so every existing link keeps
working; the page cache keys on the language (``marketplace.pagecache``).
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.conf.urls.i18n import is_language_prefix_patterns_used
from django.http import HttpRequest
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.i18n import set_language

#: The query parameter of the hreflang alternates.
LANG_PARAM = "lang"


def language_codes() -> tuple[str, ...]:
    return tuple(code for code, _ in settings.LANGUAGES)


def language_from_query(request: HttpRequest) -> str | None:
    """The language a valid ``?lang=`` asks for, else None (an unknown value is ignored)."""
    code = request.GET.get(LANG_PARAM, "")
    return code if code in language_codes() else None


def _prefix_patterns_used(request) -> bool:
    urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
    return is_language_prefix_patterns_used(urlconf)[0]


class LanguageMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware (cookie, then Accept-Language; ``Vary: Accept-Language``
    and ``Content-Language`` on the answer), with ``?lang=`` taking precedence.

    The site's URLs carry no language (no ``i18n_patterns``), so the path is not searched
    for one: Django's middleware matched it twice per request, a tenth of the instructions
    of the cheapest answer (health; issue #23). With prefixed patterns it is Django's."""

    def process_request(self, request):
        code = language_from_query(request)
        if code is None:
            if _prefix_patterns_used(request):
                return super().process_request(request)
            code = translation.get_language_from_request(request, check_path=False)
        translation.activate(code)
        request.LANGUAGE_CODE = translation.get_language()
        return None

    def process_response(self, request, response):
        if _prefix_patterns_used(request):
            return super().process_response(request, response)
        patch_vary_headers(response, ("Accept-Language",))
        response.headers.setdefault("Content-Language", translation.get_language())
        return response


def path_without_language(request: HttpRequest) -> str:
    """The request's path and query with ``lang`` taken out: where the language menu
    returns to (so the chosen language, not the parameter, decides)."""
    params = [(k, v) for k, values in request.GET.lists() if k != LANG_PARAM for v in values]
    query = urlencode(params)
    return f"{request.path}?{query}" if query else request.path


def language_alternates(request: HttpRequest) -> list[dict]:
    """One absolute URL per language for ``<link rel="alternate" hreflang>``."""
    base = path_without_language(request)
    joiner = "&" if "?" in base else "?"
    return [
        {
            "code": code,
            "url": request.build_absolute_uri(f"{base}{joiner}{LANG_PARAM}={code}"),
        }
        for code in language_codes()
    ]


# The language menu is a small POST form on every page, cached pages included. A CSRF token
# in it would make every cached page per-visitor (private, no ETag); choosing the display
# language changes nothing but a cookie, and Django's view accepts only listed languages and
# same-site `next` URLs, so the view is exempt.
set_language_view = csrf_exempt(require_POST(set_language))
