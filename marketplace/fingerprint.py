"""Salted visitor fingerprints: we count and rate-limit visitors without storing IPs."""

from __future__ import annotations

import hashlib
import hmac

from django.conf import settings


def client_ip(request) -> str:
    # Behind a trusted proxy the operator sets NUM_PROXIES; by default REMOTE_ADDR only.
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    proxies = getattr(settings, "NUM_PROXIES", 0)
    if proxies and forwarded:
        hops = [h.strip() for h in forwarded.split(",") if h.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def fingerprint(*parts: str) -> str:
    """A salted, irreversible 64-hex-char id for the given parts."""
    message = "\x1f".join(parts).encode("utf-8", "replace")
    return hmac.new(settings.FINGERPRINT_SALT.encode(), message, hashlib.sha256).hexdigest()


def request_fingerprint(request) -> str:
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return fingerprint("user", str(user.pk))
    return fingerprint("ip", client_ip(request), request.META.get("HTTP_USER_AGENT", "")[:300])
