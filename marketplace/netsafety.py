"""SSRF guard for outbound fetches of user-supplied URLs (skill sources, avatars, webhooks).

`url_check_public` refuses URLs that are not plain http(s), carry credentials, or whose host
resolves (any of its addresses) to a non-public address: loopback, private, link-local, CGNAT
(100.64/10), multicast, reserved, unspecified, cloud metadata, and IPv4-mapped / NAT64 / 6to4
IPv6 forms of those. Numeric host tricks (decimal `2130706433`, hex `0x7f.1`, octal `0177.0.0.1`,
short `127.1`) are caught because the address the system resolver produces is what gets checked.

Git sources use https URLs only: `git://` and `ssh://` / `git@host:path` are refused here because
they cannot go through the HTTP client below; a git fetcher that needs them must call
`host_check_public` itself on the host it connects to.

`safe_http_client` returns an httpx.Client whose transport re-checks every request, including
each redirect hop, so `https://public.example/` redirecting to `http://127.0.0.1/` is refused.

DNS rebinding (a name that resolves to a public address for the check and to an internal one
for the connection) is closed by connecting to the addresses that were checked: the client's
transport sends each request to the checked address (TLS still verifies the certificate for
the name, and the Host header keeps it), and git gets them through `git_resolve_config`
(libcurl's resolve list, git 2.37 or later).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import httpx

Resolver = Callable[..., list[tuple[Any, ...]]]

ALLOWED_SCHEMES = frozenset({"http", "https"})
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_BLOCKED_NETWORKS = tuple(
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8",  # "this network"
        "100.64.0.0/10",  # CGNAT
        "192.0.0.0/24",  # IETF protocol assignments
        "198.18.0.0/15",  # benchmarking
        "100.100.100.200/32",  # Alibaba Cloud metadata
        "fd00:ec2::254/128",  # AWS metadata over IPv6
        "64:ff9b::/96",  # NAT64 (checked through the embedded IPv4 too)
        "64:ff9b:1::/48",
        "2002::/16",  # 6to4
        "2001::/32",  # Teredo
        "fc00::/7",  # unique local
        "fec0::/10",  # site local (deprecated)
    )
)
_METADATA_HOSTS = frozenset({"metadata.google.internal", "metadata", "instance-data"})


class UnsafeURLError(ValueError):
    """The URL may not be fetched; str(error) says why."""


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in ipaddress.ip_network("64:ff9b::/96") or ip in ipaddress.ip_network("::/96"):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def ip_blocked_reason(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why this address is not public, or None if it is."""
    if isinstance(ip, ipaddress.IPv6Address) and not (ip.is_loopback or ip.is_unspecified):
        inner = _embedded_ipv4(ip)
        if inner is not None:
            reason = ip_blocked_reason(inner)
            if reason:
                return f"{reason} (inside IPv6 {ip})"
            if ip.ipv4_mapped is not None:
                return None
    checks = (
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("reserved", ip.is_reserved),
        ("private", ip.is_private),
    )
    for name, hit in checks:
        if hit:
            return f"{name} address {ip}"
    for net in _BLOCKED_NETWORKS:
        if ip.version == net.version and ip in net:
            return f"non-public address {ip} ({net})"
    if not ip.is_global:
        return f"non-global address {ip}"
    return None


def host_check_public(
    host: str,
    *,
    port: int | None = None,
    allow_private: bool = False,
    resolver: Resolver = socket.getaddrinfo,
) -> None:
    """Resolve `host` and refuse it if any address is not public (unless allow_private)."""
    host_resolve_public(host, port=port, allow_private=allow_private, resolver=resolver)


def host_resolve_public(
    host: str,
    *,
    port: int | None = None,
    allow_private: bool = False,
    resolver: Resolver = socket.getaddrinfo,
) -> list[str]:
    """The addresses `host` resolves to, in the resolver's order and without repeats; refused
    (UnsafeURLError) if any of them is not public (unless allow_private). Connect to these,
    not to the name: resolving it again may give another answer."""
    host = host.strip().rstrip(".").lower()
    if not host:
        raise UnsafeURLError("no host in URL")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if not allow_private and (
        host in _METADATA_HOSTS or host == "localhost" or host.endswith(".localhost")
    ):
        raise UnsafeURLError(f"host {host!r} is internal")
    try:
        infos = resolver(host, port or 443, 0, socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as exc:
        raise UnsafeURLError(f"host {host!r} does not resolve ({exc})") from exc
    if not infos:
        raise UnsafeURLError(f"host {host!r} does not resolve")
    addresses: list[str] = []
    for info in infos:
        address = str(info[4][0]).split("%", 1)[0]  # drop an IPv6 zone id
        try:
            ip = ipaddress.ip_address(address)
        except ValueError as exc:
            raise UnsafeURLError(
                f"host {host!r} resolved to an unparsable address {address!r}"
            ) from exc
        reason = None if allow_private else ip_blocked_reason(ip)
        if reason:
            raise UnsafeURLError(f"host {host!r} resolves to a {reason}")
        if str(ip) not in addresses:
            addresses.append(str(ip))
    return addresses


def url_check_public(
    url: str, *, allow_private: bool = False, resolver: Resolver = socket.getaddrinfo
) -> None:
    """Raise UnsafeURLError unless `url` is an http(s) URL to a public host without credentials."""
    url_resolve_public(url, allow_private=allow_private, resolver=resolver)


def url_resolve_public(
    url: str, *, allow_private: bool = False, resolver: Resolver = socket.getaddrinfo
) -> tuple[str, int, list[str]]:
    """(host, port, checked addresses) of an http(s) URL to a public host without
    credentials; UnsafeURLError otherwise."""
    if not isinstance(url, str) or not url.strip():
        raise UnsafeURLError("empty URL")
    if any(ord(c) < 0x21 for c in url.strip()) or "\\" in url:
        raise UnsafeURLError("URL contains whitespace, control characters or backslashes")
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise UnsafeURLError(f"malformed URL ({exc})") from exc
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise UnsafeURLError(f"scheme {scheme or '(none)'!r} is not allowed (http and https only)")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise UnsafeURLError("credentials in URL are not allowed")
    host = parts.hostname or ""
    port = port or (443 if scheme == "https" else 80)
    addresses = host_resolve_public(host, port=port, allow_private=allow_private, resolver=resolver)
    return host, port, addresses


def git_resolve_config(
    url: str, *, allow_private: bool = False, resolver: Resolver = socket.getaddrinfo
) -> list[str]:
    """git options that check `url` (as `url_check_public`) and make git connect to the
    addresses checked, not to a second answer for the name: libcurl's resolve list
    (`http.curloptResolve`, git 2.37 or later; older versions ignore it)."""
    host, port, addresses = url_resolve_public(url, allow_private=allow_private, resolver=resolver)
    listed = ",".join(f"[{a}]" if ":" in a else a for a in addresses)
    return ["-c", f"http.curloptResolve={host}:{port}:{listed}"]


class _GuardedTransport(httpx.BaseTransport):
    """Checks each outgoing request (so each redirect hop) before handing it to the inner
    transport. With `pin`, the request goes to the addresses checked (in turn, until one
    connects) rather than to the name, which the connection would resolve again: TLS
    verifies the certificate for the name (`sni_hostname`) and the Host header keeps it."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        allow_private: bool,
        resolver: Resolver,
        pin: bool = False,
    ) -> None:
        self._inner = inner
        self._allow_private = allow_private
        self._resolver = resolver
        self._pin = pin

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        host, _, addresses = url_resolve_public(
            str(request.url), allow_private=self._allow_private, resolver=self._resolver
        )
        if not self._pin:
            return self._inner.handle_request(request)
        for i, address in enumerate(addresses):
            pinned = httpx.Request(
                request.method,
                request.url.copy_with(host=address),
                headers=request.headers,
                stream=request.stream,
                extensions={**request.extensions, "sni_hostname": host},
            )
            try:
                return self._inner.handle_request(pinned)
            except httpx.ConnectError:
                if i == len(addresses) - 1:
                    raise
        raise UnsafeURLError(f"host {host!r} does not resolve")  # not reached: one address at least

    def close(self) -> None:
        self._inner.close()


class ResponseTooLargeError(UnsafeURLError):
    """The response body is larger than the client's max_bytes."""


def read_limited(response: httpx.Response, *, max_bytes: int) -> bytes:
    """The body of a streamed response, refusing more than max_bytes (whatever the headers say)."""
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise ResponseTooLargeError(f"response declares {declared} bytes (limit {max_bytes})")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise ResponseTooLargeError(f"response larger than {max_bytes} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def safe_http_client(
    *,
    allow_private: bool = False,
    timeout: float = 20,
    max_bytes: int = DEFAULT_MAX_BYTES,
    transport: httpx.BaseTransport | None = None,
    resolver: Resolver = socket.getaddrinfo,
    **client_kwargs: Any,
) -> httpx.Client:
    """An httpx.Client that refuses non-public destinations on every request and redirect hop.

    Bodies larger than `max_bytes` are refused: with `client.stream(...)` use `read_limited`;
    plain `client.get(...)` is checked by a response hook on the declared Content-Length and
    the body read. `transport` is for tests (httpx.MockTransport).
    """
    guarded = _GuardedTransport(
        transport or httpx.HTTPTransport(retries=0),
        allow_private=allow_private,
        resolver=resolver,
        pin=transport is None,  # a test's transport does not connect anywhere
    )

    def _limit(response: httpx.Response) -> None:
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            response.close()
            raise ResponseTooLargeError(f"response declares {declared} bytes (limit {max_bytes})")

    hooks = client_kwargs.pop("event_hooks", {}) or {}
    hooks = {k: list(v) for k, v in hooks.items()}
    hooks.setdefault("response", []).append(_limit)
    client = httpx.Client(
        transport=guarded,
        timeout=httpx.Timeout(timeout),
        follow_redirects=client_kwargs.pop("follow_redirects", True),
        max_redirects=client_kwargs.pop("max_redirects", 5),
        event_hooks=hooks,
        trust_env=False,  # no proxies or .netrc credentials picked up from the environment
        **client_kwargs,
    )
    client.max_bytes = max_bytes  # type: ignore[attr-defined]
    return client
