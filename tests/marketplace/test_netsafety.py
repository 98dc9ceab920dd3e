"""The SSRF guard, with a fake resolver and httpx.MockTransport (no real network)."""

from __future__ import annotations

import http.server
import shutil
import socket
import ssl
import subprocess
import threading

import httpx
import pytest

from marketplace.netsafety import (
    ResponseTooLargeError,
    UnsafeURLError,
    _GuardedTransport,
    git_resolve_config,
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


# --- DNS rebinding: the connection goes to the addresses that were checked ---------------


def _pinned(handler):
    """A client as production builds it (pinning on), with a mock in place of the network."""
    guarded = _GuardedTransport(
        httpx.MockTransport(handler), allow_private=False, resolver=RESOLVER, pin=True
    )
    return httpx.Client(transport=guarded, follow_redirects=True)


def test_pinned_request_goes_to_the_checked_address_and_keeps_the_name():
    seen: list[httpx.Request] = []

    def handler(request):
        seen.append(request)
        return httpx.Response(200, text="ok")

    with _pinned(handler) as client:
        assert client.get("https://public.example/path?q=1").text == "ok"
    (request,) = seen
    assert request.url.host == PUBLIC
    assert request.url.path == "/path" and request.url.params["q"] == "1"
    assert request.headers["Host"] == "public.example"
    assert request.extensions["sni_hostname"] == "public.example"  # TLS verifies the name


def test_pinned_relative_redirect_is_resolved_against_the_name():
    hosts: list[tuple[str, str]] = []

    def handler(request):
        hosts.append((request.url.host, request.headers["Host"]))
        if request.url.path == "/start":
            return httpx.Response(302, headers={"Location": "/next"})
        return httpx.Response(200, text="done")

    with _pinned(handler) as client:
        response = client.get("https://public.example/start")
    assert response.text == "done"
    assert str(response.url) == "https://public.example/next"
    assert hosts == [(PUBLIC, "public.example"), (PUBLIC, "public.example")]


def test_pinned_request_tries_the_next_checked_address():
    resolver = fake_resolver({"two.example": ["93.184.215.14", "93.184.215.15"]})
    tried: list[str] = []

    def handler(request):
        tried.append(request.url.host)
        if request.url.host == "93.184.215.14":
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, text="second")

    guarded = _GuardedTransport(
        httpx.MockTransport(handler), allow_private=False, resolver=resolver, pin=True
    )
    with httpx.Client(transport=guarded) as client:
        assert client.get("https://two.example/").text == "second"
    assert tried == ["93.184.215.14", "93.184.215.15"]


def test_the_production_client_pins_and_a_test_transport_does_not():
    assert safe_http_client(resolver=RESOLVER)._transport._pin is True
    assert _client(lambda request: httpx.Response(200))._transport._pin is False


def test_git_gets_the_checked_addresses_as_its_resolve_list():
    resolver = fake_resolver({"git.example": ["93.184.215.14", "2606:2800:220:1::248"]})
    assert git_resolve_config("https://git.example/o/r.git", resolver=resolver) == [
        "-c",
        "http.curloptResolve=git.example:443:93.184.215.14,[2606:2800:220:1::248]",
    ]
    assert git_resolve_config("http://git.example:8080/r.git", resolver=resolver)[1].startswith(
        "http.curloptResolve=git.example:8080:"
    )
    with pytest.raises(UnsafeURLError, match="private"):
        git_resolve_config("https://mixed.example/r.git", resolver=RESOLVER)


def _openssl(*args, cwd):
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def tls_server(tmp_path):
    """An HTTPS server on 127.0.0.1 with a certificate for the name `pin.test` only, signed by
    a throw-away CA: (port, client SSL context trusting that CA)."""
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command")
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    _openssl(
        "req",
        "-x509",
        *ec,
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "1",
        "-subj",
        "/CN=Test CA",
        cwd=tmp_path,
    )
    _openssl(
        "req", *ec, "-keyout", "leaf.key", "-out", "leaf.csr", "-subj", "/CN=pin.test", cwd=tmp_path
    )
    (tmp_path / "san.ext").write_text("subjectAltName=DNS:pin.test\n")
    _openssl(
        "x509",
        "-req",
        "-in",
        "leaf.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "leaf.pem",
        "-days",
        "1",
        "-extfile",
        "san.ext",
        cwd=tmp_path,
    )

    class Hello(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = f"host={self.headers['Host']}".encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Hello)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "leaf.pem", tmp_path / "leaf.key")
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], ssl.create_default_context(cafile=str(tmp_path / "ca.pem"))
    server.shutdown()
    server.server_close()


def test_a_pinned_https_request_verifies_the_certificate_for_the_name(tls_server):
    port, trusted = tls_server
    to_loopback = fake_resolver({"pin.test": ["127.0.0.1"], "other.test": ["127.0.0.1"]})

    def client():
        transport = _GuardedTransport(
            httpx.HTTPTransport(verify=trusted, retries=0),
            allow_private=True,
            resolver=to_loopback,
            pin=True,
        )
        return httpx.Client(transport=transport)

    with client() as c:  # connected to 127.0.0.1, verified as pin.test, asked for pin.test
        assert c.get(f"https://pin.test:{port}/").text == f"host=pin.test:{port}"
    with client() as c, pytest.raises(httpx.ConnectError, match=r"CERTIFICATE_VERIFY_FAILED|match"):
        c.get(f"https://other.test:{port}/")  # the certificate is not other.test's: refused
