"""What the browser downloads (issue #23, the Lighthouse part): HTML and JSON compressed as
served in production (text only; the gzip length varies per answer against BREACH), the
Pygments stylesheet only on pages with highlighted code, and a meta description on every
page, in English and Korean."""

from __future__ import annotations

import gzip
import html
import re

import pytest
from django.http import HttpResponse
from django.test import Client

from marketplace.compression import LEVEL, TextGZipMiddleware
from tests.factories import CategoryFactory, PublishedSkillFactory, TagFactory

pytestmark = pytest.mark.django_db

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}
CODE_BODY = "# Usage\n\n```python\nimport sys\nprint(sys.argv)\n```\n"
META_DESCRIPTION = re.compile(r'<meta name="description" content="([^"]*)">')


@pytest.fixture
def skill():
    category = CategoryFactory(key="documents", name="Documents")
    tag = TagFactory(key="pdf", name="pdf")
    skill = PublishedSkillFactory(
        category=category,
        summary="Extract text from PDF files.",
        repository_owner="acme",
        repository_name="kit",
        publish__body=CODE_BODY,
    )
    skill.tags.add(tag)
    return skill


def public_pages(skill) -> list[str]:
    return [
        "/",
        "/skills/",
        "/skills/?q=pdf",
        "/categories/",
        "/categories/documents/",
        "/tags/pdf/",
        "/repos/acme/kit/",
        skill.get_absolute_url(),
        "/rankings/",
        "/rankings/trending/",
        "/rankings/how/",
        "/submit/",
        "/security/",
    ]


def test_html_is_gzipped_when_the_browser_accepts_it(skill):
    plain = Client().get(skill.get_absolute_url())
    assert "Content-Encoding" not in plain
    compressed = Client().get(skill.get_absolute_url(), **GZIP)
    assert compressed.status_code == 200
    assert compressed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in compressed["Vary"]
    page = gzip.decompress(compressed.content).decode()
    assert skill.name in page and page.rstrip().endswith("</html>")
    assert int(compressed["Content-Length"]) == len(compressed.content)
    assert len(compressed.content) < len(plain.content) / 2


def test_the_compressed_length_varies_from_answer_to_answer(skill):
    """Django's "Heal The Breach": random bytes in the gzip header, so a length observed by an
    attacker does not follow the page's content (BREACH)."""
    lengths = {len(Client().get("/skills/", **GZIP).content) for _ in range(6)}
    assert len(lengths) > 1


def test_answers_are_compressed_at_level_3_with_a_random_file_name(skill):
    """zlib's level 3 (Django's middleware fixes 6): about half the CPU for 8-11 % more
    bytes; the header still carries Django's random file name."""
    plain = Client().get(skill.get_absolute_url()).content
    sizes = set()
    for _ in range(5):
        body = Client().get(skill.get_absolute_url(), **GZIP).content
        assert body[3] & gzip.FNAME
        name_end = body.index(b"\x00", 10)
        assert set(body[10:name_end]) <= {ord("a")} and name_end - 10 < 100
        deflated = body[name_end + 1 :]
        sizes.add(len(body))
        page = gzip.decompress(body)
        # The same page (but its CSRF token and nonce) at level 3, not at level 6
        assert len(page) == len(plain)
        assert len(deflated) == len(gzip.compress(page, compresslevel=3, mtime=0)[10:])
    assert deflated == gzip.compress(page, compresslevel=LEVEL, mtime=0)[10:]
    assert deflated != gzip.compress(page, compresslevel=6, mtime=0)[10:]
    assert LEVEL == 3


def test_short_answers_stay_plain_and_strong_etags_become_weak(rf):
    def respond(content: bytes, **headers):
        response = HttpResponse(content, content_type="text/html")
        for name, value in headers.items():
            response[name] = value
        return TextGZipMiddleware(lambda request: response)(rf.get("/", **GZIP))

    short = respond(b"<p>hi</p>")
    assert "Content-Encoding" not in short and short.content == b"<p>hi</p>"
    page = b"<p>" + b"words " * 100 + b"</p>"
    tagged = respond(page, ETag='"abc"')
    assert tagged["Content-Encoding"] == "gzip" and tagged["ETag"] == 'W/"abc"'
    assert gzip.decompress(tagged.content) == page
    assert "Accept-Encoding" in tagged["Vary"]
    encoded = respond(page, **{"Content-Encoding": "br"})
    assert encoded.content == page  # already encoded: left alone
    plain = TextGZipMiddleware(lambda request: HttpResponse(page))(rf.get("/"))
    assert plain.content == page and "Accept-Encoding" in plain["Vary"]


def test_json_is_gzipped_and_downloads_are_left_alone(skill):
    api = Client().get("/api/v1/skills", **GZIP)
    assert api["Content-Encoding"] == "gzip"
    download = Client().get(f"/s/{skill.slug}/-/download.zip", **GZIP)
    assert download.status_code == 200
    assert "Content-Encoding" not in download
    assert download.getvalue()[:2] == b"PK"


def test_the_skill_page_is_far_under_40_kb_compressed():
    body = "\n\n".join(
        f"## Step {n}\n\nRun `tool --step {n}` and read the output carefully before you go on.\n\n"
        f"```bash\ntool --step {n} --verbose\n```"
        for n in range(120)
    )
    skill = PublishedSkillFactory(publish__body=body)
    response = Client().get(skill.get_absolute_url(), **GZIP)
    assert response["Content-Encoding"] == "gzip"
    assert len(gzip.decompress(response.content)) > 50_000  # a long page...
    assert len(response.content) < 40 * 1024  # ...still under the budget on the wire


def test_the_pygments_stylesheet_loads_only_where_code_is_highlighted(skill):
    plain_skill = PublishedSkillFactory(publish__body="# Usage\n\nNo code here.\n")
    for path in public_pages(skill):
        if path == skill.get_absolute_url():
            continue
        assert "pygments.css" not in Client().get(path).content.decode(), path
    with_code = Client().get(skill.get_absolute_url()).content.decode()
    assert 'class="highlight"' in with_code
    assert "css/pygments.css" in with_code
    assert "pygments.css" not in Client().get(plain_skill.get_absolute_url()).content.decode()


@pytest.mark.parametrize("language", ["en", "ko"])
def test_every_public_page_has_one_meta_description(skill, language):
    for path in public_pages(skill):
        response = Client(HTTP_ACCEPT_LANGUAGE=language).get(path)
        assert response.status_code == 200, path
        descriptions = META_DESCRIPTION.findall(response.content.decode())
        assert len(descriptions) == 1, (path, descriptions)
        text = html.unescape(descriptions[0]).strip()
        if path == skill.get_absolute_url():
            assert text == skill.summary  # the skill's own words, in its own language
            continue
        assert 20 <= len(text) <= 300, (path, text)
        if language == "ko":
            assert re.search(r"[가-힣]", text), (path, text)


def test_search_results_stay_out_of_the_index_but_are_described(skill):
    body = Client().get("/skills/?q=pdf").content.decode()
    assert '<meta name="robots" content="noindex, follow">' in body
    (description,) = META_DESCRIPTION.findall(body)
    assert "“pdf”" in html.unescape(description)
