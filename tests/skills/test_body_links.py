"""Relative links and images in a SKILL.md body point at the files of the same version."""

from __future__ import annotations

import re

import pytest
from django.core.management import call_command

from skills.ingestion.sources.services import source_create
from skills.ingestion.sync import source_sync
from skills.models import Skill, SkillVersion
from skills.rendering import SkillLinks, render_markdown, render_markdown_counting
from tests.factories import PublishedSkillFactory
from tests.skills.fixtures.gitrepo import make_repo, skill_md
from tests.skills.test_views import add_file

LINKS = SkillLinks(
    base="/s/acme/kit/pdf/-/",
    content_hash="abc123",
    paths=frozenset({"references/api.md", "img/a b.png", "img/logo.svg", "scripts/run.py"}),
)
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 16
SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><script>alert(1)</script></svg>'
)


def hrefs(html: str) -> list[str]:
    return re.findall(r'href="([^"]*)"', html)


def test_a_link_to_a_file_of_the_skill_goes_to_its_file_view_keeping_the_anchor():
    html = render_markdown(
        "[api](references/api.md#errors) [same](./references/../references/api.md)", links=LINKS
    )
    assert hrefs(html) == [
        "/s/acme/kit/pdf/-/files/references/api.md?version=abc123#errors",
        "/s/acme/kit/pdf/-/files/references/api.md?version=abc123",
    ]


def test_links_leaving_the_skill_folder_or_to_missing_files_are_text():
    text = "[up](../other/SKILL.md) [root](/etc/passwd) [dir](scripts/) [gone](nope.md)"
    html, dropped = render_markdown_counting(text, links=LINKS)
    assert hrefs(html) == [] and dropped == 4
    for word in ("up", "root", "dir", "gone"):
        assert word in html


def test_external_and_anchor_links_are_untouched():
    html = render_markdown("[site](https://example.com/x) [top](#usage)", links=LINKS)
    assert hrefs(html) == ["https://example.com/x", "#usage"]


def test_images_of_the_skill_are_served_raw_and_others_become_their_alt_text():
    html = render_markdown(
        "![chart](img/a%20b.png) ![logo](img/logo.svg) ![up](../x.png) ![code](scripts/run.py)",
        links=LINKS,
    )
    assert re.findall(r'src="([^"]*)"', html) == [
        "/s/acme/kit/pdf/-/raw/img/a%20b.png?version=abc123",
        "/s/acme/kit/pdf/-/raw/img/logo.svg?version=abc123",
    ]
    assert "up" in html and "code" in html


def test_without_the_skill_context_every_relative_reference_is_text():
    html, dropped = render_markdown_counting("[a](references/api.md) ![b](img/a.png) [c](#x)")
    assert hrefs(html) == ["#x"] and "<img" not in html and dropped == 2


@pytest.mark.django_db
def test_a_synced_skill_page_has_no_dead_relative_links(tmp_path, client):
    body = (
        "See [the API](references/api.md#errors), [a sibling](../other/SKILL.md) and\n"
        "![diagram](assets/flow.png) ![icon](assets/icon.svg)\n"
    )
    repo = make_repo(
        tmp_path / "kit",
        {
            "skills/pdf/SKILL.md": skill_md("pdf", body=body),
            "skills/pdf/references/api.md": "# API\n",
            "skills/pdf/assets/flow.png": PNG,
            "skills/pdf/assets/icon.svg": SVG,
        },
    )
    source_sync(source=source_create(url=str(repo), name="acme/kit", trusted=True))
    skill = Skill.objects.get()
    html = client.get(skill.get_absolute_url()).content.decode()
    article = html.split('<article class="markdown">', 1)[1].split("</article>", 1)[0]
    links = hrefs(article)
    assert len(links) == 1 and links[0].endswith("#errors")
    assert client.get(links[0].split("#")[0]).status_code == 200
    assert "a sibling" in article and "../other" not in article
    images = re.findall(r'src="([^"]*)"', article)
    assert len(images) == 2
    png, svg = (client.get(src.replace("&amp;", "&")) for src in images)
    assert png.status_code == 200 and png["Content-Type"] == "image/png"
    assert png.content == PNG and png["X-Content-Type-Options"] == "nosniff"
    assert svg["Content-Type"] == "image/svg+xml"
    assert svg["Content-Disposition"].startswith("attachment")
    assert "sandbox" in svg["Content-Security-Policy"]


@pytest.mark.django_db
def test_the_raw_view_serves_only_stored_images(client):
    skill = PublishedSkillFactory(slug="a/b/c")
    version = skill.latest_version
    add_file(version, "run.py", b"print(1)\n")
    add_file(version, "page.html", b"<script>alert(1)</script>")
    add_file(version, "big.png", PNG, stored=False, is_text=False)
    add_file(version, "ok.png", PNG, is_text=False)
    base = "/s/a/b/c/-/raw/"
    for path in ("run.py", "page.html", "big.png", "missing.png"):
        assert client.get(base + path).status_code == 404, path
    ok = client.get(base + "ok.png")
    assert ok.status_code == 200 and ok["Content-Type"] == "image/png"
    assert client.get(base + "ok.png?version=0000").status_code == 404


@pytest.mark.django_db
def test_render_markdown_command_rewrites_links_of_stored_versions(client):
    skill = PublishedSkillFactory(slug="a/b/c", publish__body="[api](references/api.md)")
    version = skill.latest_version
    add_file(version, "references/api.md", b"# API\n")
    SkillVersion.objects.filter(pk=version.pk).update(
        body_html='<p><a href="references/api.md">api</a></p>', renderer_version="md2"
    )
    call_command("render_markdown", stdout=open("/dev/null", "w"))  # noqa: SIM115
    version.refresh_from_db()
    assert hrefs(version.body_html) == [
        f"/s/a/b/c/-/files/references/api.md?version={version.content_hash}"
    ]
    assert client.get(hrefs(version.body_html)[0]).status_code == 200
