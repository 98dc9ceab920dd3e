"""Shared pieces of the JSON API: errors, pagination, body limits, rendering, throttles.

Every error the API answers has the same body::

    {"detail": "human readable message", "code": "machine_code"}

and validation errors add the failing fields::

    {"detail": "Invalid input.", "code": "invalid", "errors": {"size": ["..."]}}
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import time
import uuid
from collections import OrderedDict
from urllib.parse import urlencode

import orjson
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import RequestDataTooBig
from django.db.models import QuerySet
from django.http import Http404
from django.utils.cache import get_conditional_response
from django.utils.encoding import force_str
from django.utils.functional import Promise
from django.utils.http import http_date
from drf_spectacular.utils import inline_serializer
from rest_framework import exceptions, serializers, status
from rest_framework.pagination import BasePagination
from rest_framework.parsers import FormParser, JSONParser
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle

from marketplace.fingerprint import request_fingerprint
from marketplace.paging import page_rows
from marketplace.ratelimit import (
    rate_limit_count,
    rate_limit_state_for,
    rate_limit_state_record,
)
from skills.search_ranked import SEARCH_COUNT_CAP
from skills.selectors import COUNT_CAP, capped_count, is_search

MAX_BODY_BYTES = 1024 * 1024  # 1 MiB: the largest request body the API accepts


# --- Errors ---------------------------------------------------------------------------


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "The action does not apply to the item in its current state."
    default_code = "conflict"


class PayloadTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = f"Request body is larger than {MAX_BODY_BYTES} bytes."
    default_code = "payload_too_large"


def _first_code(detail) -> str:
    if isinstance(detail, dict):
        for value in detail.values():
            return _first_code(value)
    if isinstance(detail, list):
        for value in detail:
            return _first_code(value)
    return getattr(detail, "code", None) or "invalid"


def api_exception_handler(exc, context):
    """DRF's handler, then one body shape for every error: {"detail", "code"[, "errors"]}."""
    from rest_framework.views import exception_handler as drf_exception_handler

    from moderation.services import ModerationError

    if isinstance(exc, ModerationError):
        exc = Conflict(detail=str(exc), code="moderation_conflict")
    elif isinstance(exc, RequestDataTooBig):
        exc = PayloadTooLarge()
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()

    response = drf_exception_handler(exc, context)
    if response is None:
        return None  # a real bug: let Django answer 500 and log it
    detail = exc.detail if isinstance(exc, exceptions.APIException) else response.data
    if isinstance(exc, exceptions.ValidationError):
        errors = detail if isinstance(detail, dict) else {"non_field_errors": detail}
        first_field = next(iter(errors), "")
        body = {
            "detail": f"Invalid input: {first_field}." if first_field else "Invalid input.",
            "code": _first_code(errors),
            "errors": errors,
        }
    elif isinstance(detail, dict):  # e.g. simplejwt's {"detail", "code", "messages"}
        body = {
            "detail": force_str(detail.get("detail", "Error.")),
            "code": force_str(
                detail.get("code")
                or getattr(detail.get("detail"), "code", "")
                or getattr(exc, "default_code", "error")
            ),
        }
    else:
        body = {
            "detail": force_str(detail),
            "code": getattr(detail, "code", None) or getattr(exc, "default_code", "error"),
        }
    response.data = body
    return response


# The error body, for the OpenAPI schema.
ErrorSerializer = inline_serializer(
    name="Error",
    fields={
        "detail": serializers.CharField(),
        "code": serializers.CharField(),
        # field -> list of messages; nested (index -> field -> messages) for event batches
        "errors": serializers.DictField(required=False),
    },
)


# --- Pagination -----------------------------------------------------------------------


class ApiPagination(BasePagination):
    """`?page=` (>= 1) and `?size=` (1-100, default 20); invalid values answer 400.

    The count is exact up to COUNT_CAP (SEARCH_COUNT_CAP with a query:
    `skills.selectors.is_search`) and saturates there (a bounded
    `SELECT COUNT(*) FROM (... LIMIT cap+1)`), so counting stays cheap on big
    catalogues; pages past the end answer 404. Two queries per page: count + rows (three
    on deep pages: `marketplace.paging`).
    """

    page_query_param = "page"
    size_query_param = "size"
    default_size = 20
    max_size = 100
    COUNT_CAP = COUNT_CAP  # the same caps as the web's lists and search
    SEARCH_COUNT_CAP = SEARCH_COUNT_CAP

    def _int_param(self, request, name: str, default: int, low: int, high: int | None) -> int:
        raw = request.query_params.get(name)
        if raw is None or raw == "":
            return default
        try:
            value = int(raw)
        except (TypeError, ValueError):
            value = None
        if value is None or value < low or (high is not None and value > high):
            bound = f"between {low} and {high}" if high is not None else f">= {low}"
            raise exceptions.ValidationError(
                {name: [f"Must be an integer {bound}."]}, code="invalid"
            )
        return value

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.size = self._int_param(
            request, self.size_query_param, self.default_size, 1, self.max_size
        )
        self.page = self._int_param(request, self.page_query_param, 1, 1, None)
        if isinstance(queryset, QuerySet):  # (not `hasattr(queryset, "query")`: makes it)
            cap = self.SEARCH_COUNT_CAP if is_search(queryset) else self.COUNT_CAP
            self.count = capped_count(queryset, cap)
        else:
            self.count = len(queryset)
        start = (self.page - 1) * self.size
        if start >= self.count and self.page != 1:
            raise exceptions.NotFound("Invalid page: past the last page.", code="invalid_page")
        # A view may read the page's rows from another form of the queryset (plain rows:
        # `page_queryset`); the count above reads the queryset as given.
        fetch = getattr(view, "page_queryset", None)
        rows = page_rows(
            fetch(queryset) if fetch is not None else queryset, start, start + self.size
        )
        self.has_next = start + len(rows) < self.count
        return rows

    def _link(self, page: int | None) -> str | None:
        if page is None:
            return None
        params = self.request.query_params.copy()
        params[self.page_query_param] = str(page)
        if page == 1:
            params.pop(self.page_query_param)
        url = self.request.build_absolute_uri(self.request.path)
        query = urlencode(sorted(params.lists()), doseq=True)
        return f"{url}?{query}" if query else url

    def get_paginated_response(self, data):
        return Response(
            OrderedDict(
                count=self.count,
                next=self._link(self.page + 1 if self.has_next else None),
                previous=self._link(self.page - 1 if self.page > 1 else None),
                results=data,
            )
        )

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["count", "next", "previous", "results"],
            "properties": {
                "count": {
                    "type": "integer",
                    "example": 123,
                    "description": f"Exact up to {self.COUNT_CAP} ({self.SEARCH_COUNT_CAP} "
                    "with a search query q), then saturates.",
                },
                "next": {"type": "string", "nullable": True, "format": "uri"},
                "previous": {"type": "string", "nullable": True, "format": "uri"},
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": self.page_query_param,
                "in": "query",
                "required": False,
                "description": "Page number, from 1.",
                "schema": {"type": "integer", "minimum": 1},
            },
            {
                "name": self.size_query_param,
                "in": "query",
                "required": False,
                "description": f"Results per page (1-{self.max_size}, default {self.default_size}).",
                "schema": {"type": "integer", "minimum": 1, "maximum": self.max_size},
            },
        ]


# --- Request bodies -------------------------------------------------------------------


def _read_limited(stream, parser_context) -> bytes:
    request = (parser_context or {}).get("request")
    if request is not None:
        try:
            declared = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            declared = 0
        if declared > MAX_BODY_BYTES:
            raise PayloadTooLarge()
    if stream is None:
        return b""
    data = stream.read(MAX_BODY_BYTES + 1)
    if len(data) > MAX_BODY_BYTES:
        raise PayloadTooLarge()
    return data


class LimitedJSONParser(JSONParser):
    """JSON bodies up to MAX_BODY_BYTES (413 above), parsed with orjson."""

    def parse(self, stream, media_type=None, parser_context=None):
        data = _read_limited(stream, parser_context)
        try:
            return orjson.loads(data) if data else {}
        except orjson.JSONDecodeError as exc:
            raise exceptions.ParseError(f"JSON parse error - {exc}") from exc


class LimitedFormParser(FormParser):
    """URL-encoded forms up to MAX_BODY_BYTES (413 above)."""

    def parse(self, stream, media_type=None, parser_context=None):
        import io

        data = _read_limited(stream, parser_context)
        return super().parse(io.BytesIO(data), media_type, parser_context)


# --- Rendering ------------------------------------------------------------------------


def _orjson_default(value):
    if isinstance(value, Promise):
        return force_str(value)
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, uuid.UUID | dt.timedelta):
        return str(value)
    if hasattr(value, "tolist"):
        return value.tolist()
    if hasattr(value, "__iter__"):
        return list(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


class OrjsonRenderer(JSONRenderer):
    """JSONRenderer with orjson: the same output (UTF-8, compact), several times faster."""

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if data is None:
            return b""
        return orjson.dumps(data, default=_orjson_default, option=orjson.OPT_NON_STR_KEYS)


# --- Throttles ------------------------------------------------------------------------


class _FixedWindowThrottle(SimpleRateThrottle):
    """DRF's throttle interface over the site's one rate limiter (`rate_limit_hit`).

    DRF's own throttles keep a list of every request's time per client and rewrite it on
    each request (two cache round trips, and a pickled list as long as the rate); a fixed
    window counter costs one `incr`. The rate is read from settings at request time (DRF
    freezes it at import), so `settings.REST_FRAMEWORK` overrides take effect; the scope is
    the view's `throttle_scope` when it has one, else the class's (`fixed_scope` ignores the
    view's).
    """

    fixed_scope = False

    def __init__(self):
        pass

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)

    def allow_request(self, request, view):
        if not self.fixed_scope:
            self.scope = getattr(view, "throttle_scope", None) or type(self).scope
        self.rate = self.get_rate()
        if self.rate is None:
            return True
        self.num_requests, self.duration = self.parse_rate(self.rate)
        key = self.get_cache_key(request, view)
        if key is None:
            return True
        hits = rate_limit_count(key, window_seconds=self.duration)
        rate_limit_state_record(
            request,
            rate_limit_state_for(
                policy=self.scope, limit=self.num_requests, window=self.duration, hits=hits
            ),
        )
        return hits <= self.num_requests

    def wait(self):
        return self.duration - time.time() % self.duration


class AnonThrottle(_FixedWindowThrottle):
    """Anonymous requests per IP (`anon` rate)."""

    scope, fixed_scope = "anon", True

    def get_cache_key(self, request, view):
        if request.user and request.user.is_authenticated:
            return None
        return f"throttle:anon:{self.get_ident(request)}"


class UserThrottle(_FixedWindowThrottle):
    """Authenticated requests per user (`user` rate); anonymous ones are AnonThrottle's."""

    scope, fixed_scope = "user", True

    def get_cache_key(self, request, view):
        if not (request.user and request.user.is_authenticated):
            return None
        return f"throttle:user:{request.user.pk}"


class FingerprintThrottle(_FixedWindowThrottle):
    """Per visitor fingerprint (salted IP + user agent, or the user): scope set by the view."""

    scope = "events"

    def get_cache_key(self, request, view):
        return f"throttle:{self.scope}:{request_fingerprint(request)}"


# --- HTTP caching ---------------------------------------------------------------------


def not_modified(request, *, etag: str, last_modified: dt.datetime | None):
    """A 304 (or 412) response when the client's copy is current, else None.

    `etag` is the bare validator (quoted here). Set the same headers on the full response
    with `cache_headers`.
    """
    return get_conditional_response(
        request,
        etag=f'"{etag}"',
        last_modified=int(last_modified.timestamp()) if last_modified else None,
    )


def cache_headers(
    response, *, etag: str, last_modified: dt.datetime | None, max_age: int = 300, request=None
):
    """Validators plus Cache-Control: `public` for anonymous answers, `private` when the
    request was authenticated (staff may see hidden skills: never in a shared cache)."""
    response["ETag"] = f'"{etag}"'
    if last_modified:
        response["Last-Modified"] = http_date(last_modified.timestamp())
    user = getattr(request, "user", None)
    scope = "private" if user is not None and user.is_authenticated else "public"
    response["Cache-Control"] = f"{scope}, max-age={max_age}"
    return response


class ConditionalGetMixin:
    """Adds a strong ETag (a hash of the exact JSON bytes) to successful GET answers and
    answers 304 when the client already has them (If-None-Match / If-Modified-Since).
    Views may set `self.last_modified` (a datetime) while handling the request."""

    last_modified: dt.datetime | None = None
    cache_max_age = 60

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        if not isinstance(response, Response):
            return response
        response.render()
        etag = hashlib.sha256(response.content).hexdigest()[:40]
        cache_headers(
            response,
            etag=etag,
            last_modified=self.last_modified,
            max_age=self.cache_max_age,
            request=request,
        )
        conditional = not_modified(request, etag=etag, last_modified=self.last_modified)
        if conditional is not None:
            for header in ("ETag", "Last-Modified", "Cache-Control", "Vary"):
                if header in response:
                    conditional[header] = response[header]
            return conditional
        return response


class ServeJSONErrorsMixin:
    """For views answering raw bytes: negotiate nothing (any Accept header is fine) and
    keep error bodies in JSON."""

    def perform_content_negotiation(self, request, force=False):
        return (OrjsonRenderer(), OrjsonRenderer.media_type)


class IPThrottle(_FixedWindowThrottle):
    """Per client IP whatever the user agent; the scope is the view's `throttle_scope`."""

    scope = "token"

    def get_cache_key(self, request, view):
        from marketplace.fingerprint import client_ip, fingerprint

        return f"throttle:{self.scope}:{fingerprint('ip', client_ip(request))}"


# --- Query parameters -----------------------------------------------------------------


def reject_unknown_query_params(request, allowed) -> None:
    """400 listing every query parameter that `allowed` does not name: a misspelt filter
    (`?categry=x`) is an error, never silently ignored."""
    unknown = sorted(set(request.query_params) - set(allowed))
    if unknown:
        accepted = ", ".join(sorted(allowed)) or "none"
        raise exceptions.ValidationError(
            {
                name: [
                    exceptions.ErrorDetail(
                        f"Unknown query parameter; accepted: {accepted}.",
                        code="unknown_parameter",
                    )
                ]
                for name in unknown
            }
        )


class StrictQueryParamsMixin:
    """List endpoints accept only their documented query parameters: the FilterSet's, the
    paginator's and `extra_query_params`; anything else answers 400 naming it."""

    extra_query_params: tuple[str, ...] = ()

    def allowed_query_params(self) -> set[str]:
        allowed = set(self.extra_query_params)
        filterset = getattr(self, "filterset_class", None)
        if filterset is not None:
            allowed |= set(filterset.base_filters)
        paginator = getattr(self, "pagination_class", None)
        if paginator is not None:
            allowed |= {paginator.page_query_param, paginator.size_query_param}
        return allowed

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if request.method in ("GET", "HEAD") and getattr(self, "action", "list") == "list":
            reject_unknown_query_params(request, self.allowed_query_params())
