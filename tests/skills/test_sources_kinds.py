"""source_create (kind guessing, normalisation) and the catalog, list and well-known adapters."""

from __future__ import annotations

import functools
import http.server
import json
import re
import socket
import subprocess
import threading

import httpx
import pytest

from skills.ingestion.sources import FetchContext
from skills.ingestion.sources.base import FetchError
from skills.ingestion.sources.catalog import _Repo, catalog_children
from skills.ingestion.sources.curated_list import list_children
from skills.ingestion.sources.git import git_clone, git_remote_commit
from skills.ingestion.sources.services import (
    SourceError,
    SourceExistsError,
    source_create,
    source_kind_guess,
)
from skills.ingestion.sync import source_sync
from skills.models import Skill, SkillSource
from tests.skills.fixtures.gitrepo import commit_all, make_repo, skill_md, write_files


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://github.com/o/r", "github"),
        ("https://github.com/o/r/tree/main/skills/x", "github"),
        ("https://github.com/o/r/blob/main/README.md", "list"),
        ("https://github.com/o/r/blob/main/.claude-plugin/marketplace.json", "catalog"),
        ("https://gitlab.com/o/r", "git"),
        ("https://example.org/o/r.git", "git"),
        ("https://skills.example.org", "wellknown"),
        ("https://skills.example.org/.well-known/agent-skills/index.json", "wellknown"),
        ("/srv/repos/thing", "git"),
        ("file:///srv/repos/thing", "git"),
        ("/srv/lists/awesome.md", "list"),
    ],
)
def test_kind_is_guessed_from_the_url(url, kind):
    assert source_kind_guess(url) == kind


@pytest.mark.django_db
def test_source_create_normalises_and_refuses_duplicates():
    source = source_create(url="  https://GitHub.com/Owner/Repo.git/ ")
    assert (source.url, source.kind, source.name) == (
        "https://github.com/owner/repo",
        "github",
        "owner/repo",
    )
    with pytest.raises(SourceExistsError) as info:
        source_create(url="https://github.com/owner/repo")
    assert info.value.source == source
    for bad in (
        "ftp://example.org/x",
        "https://user:pw@example.org/r.git",
        "",
        "ssh://git@example.org/r",
    ):
        with pytest.raises(SourceError):
            source_create(url=bad)


@pytest.mark.django_db
def test_add_source_command_prints_the_id(tmp_path, capsys):
    from django.core.management import call_command

    call_command("add_source", str(tmp_path), "--name", "me/local", "--trusted")
    out = capsys.readouterr().out.strip()
    source = SkillSource.objects.get(pk=out)
    assert source.kind == "git" and source.is_trusted and source.name == "me/local"


def test_catalog_children_cover_every_plugin_source_shape():
    data = {
        "plugins": [
            {"name": "a", "source": "./plugins/a"},
            {"name": "b", "source": {"source": "github", "repo": "Other/Repo"}},
            {
                "name": "c",
                "source": {"source": "url", "url": "https://github.com/x/y.git", "sha": "0" * 40},
            },
            {
                "name": "d",
                "source": {
                    "source": "git-subdir",
                    "url": "https://gitlab.com/g/p.git",
                    "path": "skills/d",
                    "ref": "v1",
                },
            },
            {"name": "e", "source": {"source": "url", "url": "./"}},
            {"name": "f", "source": "./", "skills": ["./skills/one", "./skills/two"]},
            {"name": "g", "source": {"source": "npm", "package": "x"}},
            {"name": "h", "source": "../escape"},
        ]
    }
    children, problems = catalog_children(
        data, repo=_Repo("https://github.com/cat/log", "cat", "log")
    )
    urls = [c.url for c in children]
    assert urls == [
        "https://github.com/cat/log/tree/HEAD/plugins/a",
        "https://github.com/other/repo",
        "https://github.com/x/y",
        "https://gitlab.com/g/p.git#skills/d",
        "https://github.com/cat/log",
        "https://github.com/cat/log/tree/HEAD/skills/one",
        "https://github.com/cat/log/tree/HEAD/skills/two",
    ]
    assert children[0].same_repo and not children[1].same_repo
    assert children[2].ref == "0" * 40  # the pinned commit is fetched; the URL stays the branch's
    assert children[3].ref == "v1" and children[3].subpath == "skills/d"
    assert {p["code"] for p in problems} == {"catalog.unsupported_source", "catalog.unsafe_path"}


def test_a_pinned_sha_is_fetched_and_a_malformed_one_is_reported():
    sha = "a1b2c3d4" * 5
    data = {
        "plugins": [
            {
                "name": "pinned",
                "source": {"source": "github", "repo": "o/r", "ref": "main", "sha": sha.upper()},
            },
            {
                "name": "short",
                "source": {
                    "source": "url",
                    "url": "https://git.example.org/o/s.git",
                    "ref": "v2",
                    "sha": "abc123",
                },
            },
        ]
    }
    children, problems = catalog_children(
        data, repo=_Repo("https://github.com/cat/log", "cat", "log")
    )
    assert [(c.url, c.ref) for c in children] == [
        ("https://github.com/o/r/tree/main", sha),
        ("https://git.example.org/o/s.git", "v2"),  # the malformed pin is not followed
    ]
    assert [(p["code"], p["plugin"]) for p in problems] == [("catalog.invalid_sha", "short")]


@pytest.mark.django_db
def test_a_child_follows_its_catalog_when_the_pin_moves(tmp_path):
    def catalog_file(sha):
        return json.dumps(
            {
                "plugins": [
                    {"name": "ext", "source": {"source": "github", "repo": "o/r", "sha": sha}},
                ]
            }
        )

    repo = make_repo(
        tmp_path / "market", {".claude-plugin/marketplace.json": catalog_file("1" * 40)}
    )
    catalog = source_create(url=str(repo), kind="catalog", name="mk/market")
    assert source_sync(source=catalog).children == 1
    child = SkillSource.objects.get(parent=catalog)
    assert (child.url, child.ref) == ("https://github.com/o/r", "1" * 40)
    write_files(repo, {".claude-plugin/marketplace.json": catalog_file("2" * 40)})
    commit_all(repo)
    source_sync(source=catalog)
    child.refresh_from_db()
    assert child.ref == "2" * 40 and SkillSource.objects.filter(parent=catalog).count() == 1
    # A source someone added by hand at the same URL is not another catalog's to move.
    mine = source_create(url="https://github.com/o/other", kind="github", name="o/other")
    write_files(
        repo,
        {
            ".claude-plugin/marketplace.json": json.dumps(
                {
                    "plugins": [
                        {
                            "name": "other",
                            "source": {"source": "github", "repo": "o/other", "sha": "3" * 40},
                        }
                    ]
                }
            )
        },
    )
    commit_all(repo)
    source_sync(source=catalog)
    mine.refresh_from_db()
    assert mine.ref == ""


@pytest.mark.django_db
def test_catalog_source_makes_children_in_its_own_repo_and_they_sync(tmp_path):
    repo = make_repo(
        tmp_path / "market",
        {
            ".claude-plugin/marketplace.json": json.dumps(
                {
                    "name": "m",
                    "plugins": [
                        {"name": "alpha", "source": "./plugins/alpha"},
                        {"name": "beta", "source": "./plugins/beta"},
                    ],
                }
            ),
            "plugins/alpha/skills/alpha-one/SKILL.md": skill_md("alpha-one"),
            "plugins/beta/skills/beta-one/SKILL.md": skill_md("beta-one"),
            "unlisted/SKILL.md": skill_md("unlisted"),
        },
    )
    catalog = source_create(url=str(repo), kind="catalog", name="mk/market", trusted=True)
    result = source_sync(source=catalog)
    assert result.error == "" and result.children == 2 and result.found == 0
    children = list(SkillSource.objects.filter(parent=catalog).order_by("subpath"))
    assert [(c.kind, c.subpath, c.is_trusted) for c in children] == [
        ("git", "plugins/alpha", True),
        ("git", "plugins/beta", True),
    ]
    for child in children:
        assert source_sync(source=child).new == 1
    assert sorted(Skill.objects.values_list("slug", flat=True)) == [
        "mk/market/alpha-one",
        "mk/market/beta-one",
    ]
    assert source_sync(source=catalog).children == 2
    assert SkillSource.objects.filter(parent=catalog).count() == 2


@pytest.mark.django_db
def test_agents_plugins_variant_is_read(tmp_path):
    repo = make_repo(
        tmp_path / "agents",
        {
            ".agents/plugins/marketplace.json": json.dumps(
                {"plugins": [{"name": "p", "source": {"source": "url", "url": "./"}}]}
            ),
            "skills/x/SKILL.md": skill_md("x"),
        },
    )
    catalog = source_create(url=str(repo), kind="catalog", name="ag/ents")
    assert source_sync(source=catalog).children == 1


def test_list_children_are_normalised_and_deduplicated():
    text = """
# Awesome skills
- [One](https://github.com/Alpha/One) and again <https://github.com/alpha/one.git>
- [Folder](https://github.com/alpha/one/tree/main/skills/x) (inside a listed repo: dropped)
- [Two](https://github.com/beta/two/tree/main/skills/pdf)
- [File](https://github.com/gamma/three/blob/main/skills/csv/SKILL.md)
- [Readme](https://github.com/gamma/three/blob/main/README.md)
- ![img](https://github.com/user-attachments/assets/123) [topic](https://github.com/topics/ai)
"""
    children = list_children(text)
    assert [(c.url, c.subpath, c.ref) for c in children] == [
        ("https://github.com/alpha/one", "", ""),
        ("https://github.com/beta/two/tree/main/skills/pdf", "skills/pdf", "main"),
        ("https://github.com/gamma/three/tree/main/skills/csv", "skills/csv", "main"),
    ]


@pytest.mark.django_db
def test_list_source_from_a_local_markdown_file(tmp_path):
    md = tmp_path / "awesome.md"
    md.write_text(
        "- https://github.com/a/b\n- https://github.com/c/d/tree/dev/s\n- https://github.com/a/b\n"
    )
    source = source_create(url=str(md))
    assert source.kind == "list"
    assert source_sync(source=source).children == 2
    child = SkillSource.objects.get(url="https://github.com/c/d/tree/dev/s")
    assert (child.kind, child.ref, child.subpath, child.parent, child.is_trusted) == (
        "github",
        "dev",
        "s",
        source,
        False,
    )


@pytest.mark.django_db
def test_sync_sources_command_syncs_children_and_prints_a_summary(tmp_path, capsys):
    from django.core.management import call_command

    repo = make_repo(
        tmp_path / "m",
        {
            ".claude-plugin/marketplace.json": json.dumps(
                {"plugins": [{"name": "a", "source": "./a"}]}
            ),
            "a/s1/SKILL.md": skill_md("s1"),
        },
    )
    catalog = source_create(url=str(repo), kind="catalog", name="m/m")
    call_command("sync_sources", "--source", str(catalog.pk))
    out = capsys.readouterr().out
    assert "found" in out and "TOTAL" in out
    assert Skill.objects.filter(slug="m/m/s1").exists()
    call_command("sync_sources", "--all", "--dry-run")
    assert "DRY RUN" in capsys.readouterr().out


WELLKNOWN_INDEX = {
    "skills": [
        {"name": "pdf-tools", "description": "PDF", "files": ["SKILL.md", "scripts/run.py"]},
        {"name": "../evil", "description": "bad", "files": ["SKILL.md"]},
        {"name": "notes", "description": "n", "files": ["SKILL.md", "../../etc/passwd"]},
    ]
}


def _wellknown(request: httpx.Request) -> httpx.Response:
    path = request.url.path
    if path == "/.well-known/agent-skills/index.json":
        return httpx.Response(404)
    if path == "/.well-known/skills/index.json":
        return httpx.Response(200, json=WELLKNOWN_INDEX)
    files = {
        "/.well-known/skills/pdf-tools/SKILL.md": skill_md("pdf-tools").encode(),
        "/.well-known/skills/pdf-tools/scripts/run.py": b"print('hi')\n",
        "/.well-known/skills/notes/SKILL.md": skill_md("notes").encode(),
    }
    if path in files:
        return httpx.Response(200, content=files[path])
    return httpx.Response(404)


@pytest.mark.django_db
def test_wellknown_index_with_fallback_path_and_unsafe_entries(tmp_path):
    source = source_create(url="https://skills.example.org/")
    assert source.kind == "wellknown"
    ctx = FetchContext(http=httpx.Client(transport=httpx.MockTransport(_wellknown)))
    result = source_sync(source=source, ctx=ctx)
    assert result.error == "" and result.found == 2 and result.new == 2
    codes = {p["code"] for p in result.problems}
    assert {"wellknown.bad_name", "wellknown.unsafe_path"} <= codes
    pdf = Skill.objects.get(slug="skillsexampleorg/well-known/pdf-tools")
    assert {f.path for f in pdf.versions.get().files.all()} == {"SKILL.md", "scripts/run.py"}


@pytest.mark.django_db
def test_git_source_by_file_url_and_branch(tmp_path):
    repo = make_repo(tmp_path / "br", {"a/SKILL.md": skill_md("on-main")})
    from tests.skills.fixtures.gitrepo import git

    git(repo, "checkout", "-q", "-b", "dev")
    write_files(repo, {"b/SKILL.md": skill_md("on-dev")})
    commit_all(repo)
    git(repo, "checkout", "-q", "main")
    source = source_create(url=f"file://{repo}", name="x/br")
    source.ref = "dev"
    source.save()
    result = source_sync(source=source)
    assert result.found == 2 and len(result.commit) == 40


# --- git connects to the address the SSRF check saw (no DNS rebinding) ---------------------


def _git_version() -> tuple[int, ...]:
    out = subprocess.run(["git", "--version"], capture_output=True, text=True, check=True).stdout
    return tuple(int(part) for part in re.findall(r"\d+", out)[:2])


@pytest.fixture
def dumb_http_repo(tmp_path):
    """A bare repository served over git's dumb HTTP protocol on 127.0.0.1: (port, commit)."""
    work = make_repo(tmp_path / "work", {"s/SKILL.md": skill_md("s")})
    commit = commit_all(work)
    bare = tmp_path / "site" / "repo.git"
    subprocess.run(["git", "clone", "--quiet", "--bare", str(work), str(bare)], check=True)
    subprocess.run(["git", "-C", str(bare), "update-server-info"], check=True)
    handler = functools.partial(
        http.server.SimpleHTTPRequestHandler, directory=str(tmp_path / "site")
    )
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], commit
    server.shutdown()
    server.server_close()


@pytest.mark.skipif(_git_version() < (2, 37), reason="http.curloptResolve needs git 2.37")
def test_git_connects_to_the_checked_address_not_to_a_second_answer(dumb_http_repo):
    port, commit = dumb_http_repo
    url = f"http://rebind.invalid:{port}/repo.git"  # .invalid never resolves for real
    answers = []

    def resolver(host, *args):
        answers.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]

    with FetchContext(allow_private=True, resolver=resolver) as ctx:
        assert git_remote_commit(url, ctx=ctx) == commit  # git reached the checked address
    assert answers == ["rebind.invalid"]  # resolved once, by the check
    # With the system resolver the name does not resolve at all.
    with (
        FetchContext(allow_private=True) as ctx,
        pytest.raises(FetchError, match="does not resolve"),
    ):
        git_remote_commit(url, ctx=ctx)


def test_a_clone_is_told_the_checked_addresses(monkeypatch, tmp_path):
    calls: list[list[str]] = []

    def run_limited(args, **kwargs):
        calls.append(args)
        raise FetchError("stop here")

    monkeypatch.setattr("skills.ingestion.sources.git._run_limited", run_limited)

    def resolver(host, *args):
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", 443))]

    with FetchContext(resolver=resolver) as ctx, pytest.raises(FetchError, match="stop here"):
        git_clone("https://git.example.org/o/r.git", ctx=ctx)
    assert "http.curloptResolve=git.example.org:443:93.184.215.14" in calls[0]
    internal = lambda host, *args: [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.1.2.3", 443))]  # noqa: E731
    with (
        FetchContext(allow_private=False, resolver=internal) as ctx,
        pytest.raises(FetchError, match="private"),
    ):
        git_clone("https://git.example.org/o/r.git", ctx=ctx)
    assert len(calls) == 1  # refused before git ran


@pytest.mark.django_db
def test_a_pinned_commit_is_what_gets_synced(tmp_path):
    repo = make_repo(
        tmp_path / "r", {"s/SKILL.md": skill_md("s", description="Old text. Use it when asked.")}
    )
    old = commit_all(repo)
    write_files(repo, {"s/SKILL.md": skill_md("s", description="New text. Use it when asked.")})
    commit_all(repo)
    source = source_create(url=str(repo), kind="git", name="o/r")
    SkillSource.objects.filter(pk=source.pk).update(ref=old)  # as a catalog's pin sets it
    source.refresh_from_db()
    assert source_sync(source=source).commit == old
    assert Skill.objects.get().description.startswith("Old text")
