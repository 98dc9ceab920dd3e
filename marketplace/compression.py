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
"""

from __future__ import annotations

from django.middleware.gzip import GZipMiddleware

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


class TextGZipMiddleware(GZipMiddleware):
    """`GZipMiddleware` for text answers only (HTML, JSON, XML, feeds, plain text)."""

    def process_response(self, request, response):
        content_type = response.get("Content-Type", "").split(";", 1)[0].strip().lower()
        if not content_type.startswith(COMPRESSIBLE):
            return response
        if response.get("Content-Disposition", "").lower().startswith("attachment"):
            return response  # a download is saved as sent; leave its bytes alone
        return super().process_response(request, response)
