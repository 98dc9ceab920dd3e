"""Salted visitor fingerprints: we count and rate-limit visitors without storing IPs."""

from __future__ import annotations

import hashlib
import hmac
import ipaddress

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


def network_of(ip: str) -> str:
    """The network an address stands for when counting: an IPv4 address itself, an IPv6
    address's /64 (what one household or host is usually given; an IPv4-mapped IPv6
    address counts as its IPv4 address). Anything unparsable ("unknown") is its own group.
    """
    text = (ip or "").strip()
    try:
        address = ipaddress.ip_address(text.split("%", 1)[0])  # without an IPv6 zone id
    except ValueError:
        return text.lower() or "unknown"
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)


def address_fingerprint(ip: str) -> str:
    """A salted, irreversible 32-hex-char id of the network of `ip` (`network_of`): what
    the rankings store to cap counts per address. The raw address is never stored."""
    return fingerprint("net", network_of(ip))[:32]


def request_address(request) -> str:
    """The request's `address_fingerprint`, whoever is signed in."""
    return address_fingerprint(client_ip(request))
