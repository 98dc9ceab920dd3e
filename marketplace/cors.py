"""Cross-origin reads of the public catalogue (django-cors-headers, configured in settings).

django-cors-headers decides by URL only; this subclass also requires a read: a GET or
HEAD, or a preflight asking for one. Any other cross-origin request (a POST of events, a
staff action, the MCP endpoint) gets no CORS headers, so browsers keep it same-origin.
Credentials are never allowed (`CORS_ALLOW_CREDENTIALS = False`, `*` as the origin).
"""

from __future__ import annotations

from corsheaders.middleware import CorsMiddleware

READ_METHODS = frozenset({"GET", "HEAD"})


class PublicReadCorsMiddleware(CorsMiddleware):
    def is_enabled(self, request) -> bool:
        method = request.method
        if method == "OPTIONS":
            method = request.headers.get("access-control-request-method", "").upper()
        return method in READ_METHODS and super().is_enabled(request)
