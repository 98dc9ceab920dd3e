"""Compressed HTML and JSON in production too: whitenoise compresses the static files ahead
of time, and this compresses what the views answer, on the way out.

Django's own `GZipMiddleware`, limited to text. Why gzip and this middleware:

- **BREACH.** Compressing a page that holds a secret next to text an attacker controls can
  leak the secret through the compressed length. The only secret on these pages is the CSRF
  token of the report form and the copy buttons, and Django masks it with a fresh random
  mask on every response, so it never repeats as the same bytes. On top of that, Django's
  GZipMiddleware (4.2+) adds up to 100 random bytes to the gzip header ("Heal The Breach"),
  so the length of an answer varies from one request to the next. Signed-in pages (the
  console) carry no more than the masked token either. Brotli would save another ~15% but
  its Django middlewares have neither protection; the saving is not worth that.
- **Only text.** ZIP downloads, images and other binary answers are already compressed (or
  not worth it): compressing them again costs CPU for nothing. Whitenoise answers static
  files before this middleware runs (it sits after WhiteNoiseMiddleware), with its own
  pre-compressed `.gz`/`.br` files.
- **Caches.** `Vary: Accept-Encoding` is added; a strong ETag becomes weak (same meaning
  for `If-None-Match`). The page cache stores the uncompressed page (it runs inside the
  view), so one entry serves both kinds of client.
- **Level 3, not Django's 6.** Every answer to a browser is compressed afresh, from the page
  cache or not (a cached page gets a new CSRF token and CSP nonce). At level 6 that cost
  about as much as a tenth of an uncached skill page (2.5 M of 22 M instructions) and more
  than serving a cached one; level 3 costs about half (the demo's home, skill and category
  pages: 5.53 -> 2.95 M instructions for the three) for 8-11 % more bytes (the skill page 6.4
  -> 7.1 KB; issue #23, docs/BENCHMARKS.md, session 14). Levels 1-3 cost about the same (zlib's
  fast strategy), 3 compresses best of them. The header's random file name is Django's
  ("Heal The Breach", up to 100 bytes), written here because Django fixes the level inside
  `compress_string`.
"""

from __future__ import annotations

import gzip
import secrets

from django.middleware.gzip import GZipMiddleware, re_accepts_gzip
from django.utils.cache import patch_vary_headers

#: zlib's level for answers (Django's `compress_string` uses 6).
LEVEL = 3

COMPRESSIBLE = (
    "text/",
    "application/json",
    "application/problem+json",
    "application/xml",
    "application/atom+xml",
    "application/javascript",
    "application/vnd.oai.openapi",
    "image/svg+xml",
)


def compress_string(data: bytes, *, max_random_bytes: int) -> bytes:
    """`django.utils.text.compress_string` at `LEVEL`: gzip with no time stamp and a file
    name of 0 to `max_random_bytes` - 1 random bytes in the header, so the answer's length
    varies from one request to the next."""
    compressed = memoryview(gzip.compress(data, compresslevel=LEVEL, mtime=0))
    header = bytearray(compressed[:10])
    header[3] = gzip.FNAME
    filename = b"a" * secrets.randbelow(max_random_bytes) + b"\x00"
    return bytes(header) + filename + compressed[10:]


class TextGZipMiddleware(GZipMiddleware):
    """`GZipMiddleware` for text answers only (HTML, JSON, XML, feeds, plain text), at
    `LEVEL`."""

    def process_response(self, request, response):
        content_type = response.get("Content-Type", "").split(";", 1)[0].strip().lower()
        if not content_type.startswith(COMPRESSIBLE):
            return response
        if response.get("Content-Disposition", "").lower().startswith("attachment"):
            return response  # a download is saved as sent; leave its bytes alone
        if response.streaming:
            return super().process_response(request, response)  # Django's, at its level
        return self._compress(request, response)

    def _compress(self, request, response):
        """`GZipMiddleware.process_response` for a response with its content at hand."""
        if len(response.content) < 200 or response.has_header("Content-Encoding"):
            return response
        patch_vary_headers(response, ("Accept-Encoding",))
        if not self._accepts_gzip(request):
            return response
        compressed = compress_string(response.content, max_random_bytes=self.max_random_bytes)
        if len(compressed) >= len(response.content):
            return response
        response.content = compressed
        response.headers["Content-Length"] = str(len(response.content))
        etag = response.get("ETag")
        if etag and etag.startswith('"'):
            response.headers["ETag"] = "W/" + etag
        response.headers["Content-Encoding"] = "gzip"
        return response

    @staticmethod
    def _accepts_gzip(request) -> bool:
        return bool(re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")))
