"""The SSRF guard, with a fake resolver and httpx.MockTransport (no real network)."""

from __future__ import annotations

import socket

import httpx
import pytest

from marketplace.netsafety import (
    ResponseTooLargeError,
    UnsafeURLError,
    read_limited,
    safe_http_client,
    url_check_public,
)

PUBLIC = "93.184.215.14"


def fake_resolver(table: dict[str, list[str]]):
    def resolve(host, port, family=0, type=0, *args):
        if host in table:
            addresses = table[host]
        else:
            # Like getaddrinfo, numeric forms (decimal, hex, octal, short) resolve to themselves.
            try:
                addresses = [socket.inet_ntoa(socket.inet_aton(host))]
            except OSError:
                if ":" in host:
                    addresses = [host]
                else:
                    raise socket.gaierror(socket.EAI_NONAME, "not found") from None
        return [
            (socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port))
            for a in addresses
        ]

    return resolve


RESOLVER = fake_resolver(
    {
        "public.example": [PUBLIC],
        "mixed.example": [PUBLIC, "10.0.0.5"],
        "internal.example": ["192.168.1.10"],
        "v6loop.example": ["::1"],
        "mapped.example": ["::ffff:127.0.0.1"],
        "cgnat.example": ["100.64.0.1"],
        "meta.example": ["169.254.169.254"],
    }
)


def test_public_https_url_is_accepted():
    url_check_public("https://public.example/path?q=1", resolver=RESOLVER)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://public.example/x", "scheme"),
        ("file:///etc/passwd", "scheme"),
        ("git://public.example/repo.git", "scheme"),
        ("gopher://public.example/", "scheme"),
        ("https://user:pw@public.example/", "credentials"),
        ("https://token@public.example/", "credentials"),
        ("http://127.0.0.1/", "loopback"),
        ("http://localhost:8000/", "internal"),
        ("http://2130706433/", "loopback"),  # decimal 127.0.0.1
        ("http://0x7f000001/", "loopback"),  # hex
        ("http://0177.0.0.1/", "loopback"),  # octal
        ("http://127.1/", "loopback"),  # short form
        ("http://[::1]/", "loopback"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
        ("http://[::ffff:7f00:1]/", "loopback"),
        ("http://10.1.2.3/", "private"),
        ("http://internal.example/", "private"),
        ("http://mixed.example/", "private"),  # one bad address is enough
        ("http://v6loop.example/", "loopback"),
        ("http://mapped.example/", "loopback"),
        ("http://cgnat.example/", "100.64.0.0/10"),
        ("http://meta.example/latest/meta-data/", "link-local"),
        ("http://169.254.169.254/", "link-local"),
        ("http://metadata.google.internal/", "internal"),
        ("http://0.0.0.0/", "unspecified"),
        ("http://224.0.0.1/", "multicast"),
        ("http://240.0.0.1/", "reserved"),
        ("http://[fd00:ec2::254]/", "private"),
        ("http://[64:ff9b::7f00:1]/", "loopback"),
        ("http://nowhere.example/", "does not resolve"),
        ("https://public.example\\@127.0.0.1/", "backslash"),
        ("", "empty"),
    ],
)
def test_unsafe_urls_are_refused_with_a_reason(url, reason):
    with pytest.raises(UnsafeURLError) as exc:
        url_check_public(url, resolver=RESOLVER)
    assert reason in str(exc.value)


def test_allow_private_accepts_internal_hosts_but_not_other_schemes():
    url_check_public("http://127.0.0.1:8000/", allow_private=True, resolver=RESOLVER)
    with pytest.raises(UnsafeURLError):
        url_check_public("file:///etc/passwd", allow_private=True, resolver=RESOLVER)


def _client(handler, **kwargs):
    return safe_http_client(transport=httpx.MockTransport(handler), resolver=RESOLVER, **kwargs)


def test_client_fetches_a_public_url():
    with _client(lambda request: httpx.Response(200, text="ok")) as client:
        assert client.get("https://public.example/").text == "ok"


def test_client_refuses_a_redirect_to_loopback():
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(302, headers={"Location": "http://127.0.0.1:6379/"})

    with _client(handler) as client, pytest.raises(UnsafeURLError, match="loopback"):
        client.get("https://public.example/start")
    assert seen == ["https://public.example/start"]  # the internal hop was never sent


def test_client_refuses_a_redirect_to_a_host_resolving_to_metadata():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "public.example":
            return httpx.Response(301, headers={"Location": "http://meta.example/latest/"})
        return httpx.Response(200, text="secret")

    with _client(handler) as client, pytest.raises(UnsafeURLError):
        client.get("https://public.example/")


def test_client_refuses_the_first_request_to_a_private_host():
    with _client(lambda request: httpx.Response(200)) as client, pytest.raises(UnsafeURLError):
        client.get("http://10.0.0.1/")


def test_client_refuses_declared_oversized_bodies():
    def handler(request):
        return httpx.Response(200, headers={"Content-Length": "5000"}, content=b"x" * 5000)

    with _client(handler, max_bytes=1000) as client, pytest.raises(ResponseTooLargeError):
        client.get("https://public.example/")


def test_read_limited_refuses_bodies_over_the_limit_even_without_content_length():
    def handler(request):
        return httpx.Response(200, content=iter([b"x" * 600, b"x" * 600]))

    with _client(handler, max_bytes=1000) as client:
        with (
            client.stream("GET", "https://public.example/") as response,
            pytest.raises(ResponseTooLargeError),
        ):
            read_limited(response, max_bytes=1000)
        with client.stream("GET", "https://public.example/") as response:
            assert len(read_limited(response, max_bytes=2000)) == 1200
