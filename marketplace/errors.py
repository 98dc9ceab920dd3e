"""Error answers: JSON under /api/, the site's pages elsewhere, and inputs refused early.

- ``RequestGuardMiddleware`` refuses a request whose path holds a NUL character (400) before
  any view sees it: no database stores NUL in text (PostgreSQL refuses it outright), so such
  a path can name nothing and would otherwise fail deep inside a query. Query parameters are
  the views' and forms' to validate (a search for a NUL finds nothing, with a 200).
- ``handler400`` / ``handler500`` (wired in marketplace.urls) answer ``{"detail", "code"}``
  for paths under /api/, in every mode, like every other API error.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.views import defaults

API_PREFIX = "/api/"


def is_api_request(request: HttpRequest) -> bool:
    return request.path.startswith(API_PREFIX)


def _json_error(detail: str, code: str, status: int) -> JsonResponse:
    return JsonResponse({"detail": detail, "code": code}, status=status)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if is_api_request(request):
        return _json_error("Bad request.", "bad_request", 400)
    return defaults.bad_request(request, exception)


def server_error(request: HttpRequest) -> HttpResponse:
    if is_api_request(request):
        return _json_error("Server error; it has been logged.", "server_error", 500)
    return defaults.server_error(request)


class RequestGuardMiddleware:
    """400 for a NUL character in the path (see the module docstring)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if "\x00" in request.path:
            if is_api_request(request):
                return _json_error("The address holds a NUL character.", "nul_character", 400)
            return HttpResponseBadRequest(
                "Bad request: the address holds a NUL character.", content_type="text/plain"
            )
        return self.get_response(request)
