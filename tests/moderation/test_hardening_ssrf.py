"""SSRF: URLs from submissions and catalogs never reach loopback, private or link-local
addresses, whether written as an IP or as a name that resolves to one. Each refusal is
recorded on the source (``last_error``). No test here opens a network connection."""

from __future__ import annotations

import json
import socket

import pytest

from skills.ingestion.sources.services import source_create
from skills.ingestion.sources.submissions import SubmissionError, submission_create
from skills.ingestion.sync import source_sync
from skills.models import SkillSource
from tests.skills.fixtures.gitrepo import make_repo

pytestmark = pytest.mark.django_db


@pytest.fixture
def netsafety():
    """The SSRF guard (written by the scanner engineer); these tests wait for it."""
    return pytest.importorskip("marketplace.netsafety")


PRIVATE_NAME = "skills.internal.example"
REFUSED_URLS = {
    "loopback": "http://127.0.0.1/owner/repo.git",
    "metadata": "http://169.254.169.254/latest/meta-data.git",
    "ipv6-loopback": "http://[::1]/owner/repo.git",
    "private-name": f"https://{PRIVATE_NAME}/owner/repo.git",
}


@pytest.fixture(autouse=True)
def _no_private_urls(settings, monkeypatch):
    settings.ALLOW_PRIVATE_URLS = False
    real = socket.getaddrinfo

    def fake_getaddrinfo(host, *args, **kwargs):
        if host == PRIVATE_NAME:
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.1", 443))]
        if host in ("127.0.0.1", "169.254.169.254", "::1", "localhost"):
            return real(host, *args, **kwargs)
        raise AssertionError(
            f"unexpected DNS lookup for {host!r}: tests must not touch the network"
        )

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)


@pytest.mark.parametrize("url", list(REFUSED_URLS.values()), ids=list(REFUSED_URLS))
def test_url_check_refuses_internal_targets(url, netsafety):
    with pytest.raises(netsafety.UnsafeURLError):
        netsafety.url_check_public(url, allow_private=False)


def test_a_submitted_github_url_is_accepted_and_others_are_not():
    source, created = submission_create(url="https://github.com/acme/skills", fingerprint="f" * 64)
    assert created and source.status == SkillSource.Status.PENDING
    assert source.url == "https://github.com/acme/skills"
    for url in REFUSED_URLS.values():
        with pytest.raises(SubmissionError):
            submission_create(url=url, fingerprint="g" * 64)


def catalog_repo(root):
    plugins = [
        {"name": name, "source": {"source": "url", "url": url}}
        for name, url in REFUSED_URLS.items()
    ]
    return make_repo(
        root,
        {
            ".claude-plugin/marketplace.json": json.dumps({"name": "bad", "plugins": plugins}),
        },
    )


def test_catalog_children_pointing_inside_are_refused_with_a_recorded_reason(tmp_path, netsafety):
    catalog = source_create(
        url=str(catalog_repo(tmp_path / "catalog")), kind="catalog", name="evil/catalog"
    )
    result = source_sync(source=catalog)
    assert result.error == "", result.error
    children = {c.url.split("#")[0]: c for c in SkillSource.objects.filter(parent=catalog)}
    assert set(children) == set(REFUSED_URLS.values())
    for url, child in children.items():
        outcome = source_sync(source=child)
        assert not outcome.ok, url
        child.refresh_from_db()
        assert "Refused URL" in child.last_error, (url, child.last_error)
        assert child.error_count == 1 and child.last_success_at is None
        assert not child.raw_skills.exists()


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:8000", "http://169.254.169.254", "http://[::1]", f"https://{PRIVATE_NAME}"],
)
def test_wellknown_sources_inside_are_refused_with_a_recorded_reason(url, netsafety):
    source = source_create(url=url, kind="wellknown", name="internal")
    outcome = source_sync(source=source)
    assert not outcome.ok
    source.refresh_from_db()
    assert source.last_error and source.error_count == 1
    assert any(
        word in source.last_error.lower()
        for word in ("refused", "private", "not allowed", "unsafe")
    ), source.last_error


def test_ipv6_literals_keep_their_brackets_when_normalised():
    """A bug found here: http://[::1]/x was stored as http://::1/x (an 'invalid port')."""
    from skills.ingestion.sources.services import source_url_normalise

    assert (
        source_url_normalise("http://[::1]/owner/repo.git", kind="git")[0]
        == "http://[::1]/owner/repo.git"
    )
    assert (
        source_url_normalise("https://[2001:DB8::1]:8443/r", kind="wellknown")[0]
        == "https://[2001:db8::1]:8443/r"
    )
