"""Untrusted skill content never reaches the page as markup."""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from skills.models import SkillFile
from skills.storage import blob_put
from tests.factories import PublishedSkillFactory, TagFactory
from tests.skills import xss_payloads as P

pytestmark = pytest.mark.django_db


class Audit(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in {"script"} and not attrs.get("src", "").startswith("/static/"):
            self.problems.append(f"inline script {attrs}")
        if tag == "svg" and attrs.get("class") in {"icon", "chart"}:
            return  # the site's own icons and the rankings' server-drawn charts
        if tag in {"iframe", "object", "embed", "svg", "math", "base", "frame", "meta"} and not (
            tag == "meta" and "http-equiv" not in attrs
        ):
            self.problems.append(f"dangerous tag <{tag}>")
        for name, value in attrs.items():
            if name.startswith("on"):
                self.problems.append(f"event handler {name}={value!r}")
            if name == "style":
                self.problems.append(f"inline style {value!r}")
            if name in {"href", "src", "action", "formaction", "xlink:href"} and value:
                squashed = re.sub(r"[\s\x00-\x1f]", "", value).lower()
                if squashed.startswith(("javascript:", "data:", "vbscript:")):
                    self.problems.append(f"{name}={value!r}")


def audit(html: str) -> list[str]:
    parser = Audit()
    parser.feed(html)
    return parser.problems


def evil_skill():
    skill = PublishedSkillFactory(
        name=P.NAME,
        slug="evil/repo/evil",
        summary=P.SUMMARY,
        description=P.SUMMARY,
        repository_owner="evil",
        repository_name="repo",
        publish__body=P.BODY,
        publish__frontmatter=P.FRONTMATTER,
    )
    skill.tags.add(TagFactory(key="evil", name=P.TAG))
    version = skill.latest_version
    sha, key = blob_put(P.FILE_CONTENT)
    SkillFile.objects.create(
        version=version,
        path=P.FILE_NAME,
        size=len(P.FILE_CONTENT),
        sha256=sha,
        storage_key=key,
        is_text=True,
    )
    SkillFile.objects.create(
        version=version,
        path="notes.md",
        size=len(P.FILE_CONTENT),
        sha256=sha,
        storage_key=key,
        is_text=True,
    )
    return skill


@pytest.mark.parametrize(
    "page",
    ["home", "search", "search_highlight", "detail", "file", "file_md", "tag", "repo", "feed"],
)
def test_xss_payloads_render_inert(client, page):
    skill = evil_skill()
    urls = {
        "home": "/",
        "search": "/skills/?q=evil",
        "search_highlight": "/skills/?q=script",
        "detail": skill.get_absolute_url(),
        "file": reverse("skills:file", args=[skill.slug, P.FILE_NAME]),
        "file_md": reverse("skills:file", args=[skill.slug, "notes.md"]),
        "tag": "/tags/evil/",
        "repo": "/repos/evil/repo/",
        "feed": "/feeds/new.atom",
    }
    response = client.get(urls[page])
    assert response.status_code == 200
    html = response.content.decode()
    if page == "feed":
        assert "<script>" not in html
        return
    assert audit(html) == []
    assert "<script>window" not in html


def test_highlight_escapes_before_marking(client):
    evil_skill()
    html = client.get("/skills/", {"q": "<script>"}).content.decode()
    assert "<script>window" not in html
    assert audit(html) == []


def test_rtl_override_in_files_is_made_visible(client):
    skill = evil_skill()
    html = client.get(reverse("skills:file", args=[skill.slug, "notes.md"])).content.decode()
    assert "\u202e" not in html and "U+202E" in html
