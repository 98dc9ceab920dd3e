"""The page cache of anonymous pages (marketplace.pagecache): what is stored, what each
visitor gets back (their own CSRF token and CSP nonce), what invalidates it, and the view
events recorded after the answer is sent."""

from __future__ import annotations

import re
from contextlib import contextmanager

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from django.http import HttpResponse
from django.template import engines
from django.template.response import TemplateResponse
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import path, reverse

from marketplace.pagecache import MAX_QUERY_CHARS, page_cache
from moderation.models import Report
from rankings.models import SkillEvent
from skills.models import Skill
from tests.factories import PublishedSkillFactory, SkillFactory, SkillVersionFactory

pytestmark = pytest.mark.django_db

TOKEN_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def visitor(address: str, **kwargs) -> Client:
    """A browser of its own (cookies) from its own address (its own view fingerprint)."""
    return Client(REMOTE_ADDR=address, **kwargs)


# --- A test page with every per-request value, for the substitution tests -----------------

calls = {"nonce_page": 0, "cookie_page": 0}
NONCE_TEMPLATE = engines["django"].from_string(
    '<script nonce="{{ request.csp_nonce }}" src="/static/js/site.js"></script>'
    '<form method="post" action="/nonce-page/">{% csrf_token %}</form><p>{{ csrf_token }}</p>'
)


@page_cache
def nonce_page(request):
    calls["nonce_page"] += 1
    if request.method == "POST":
        return HttpResponse("posted")
    return TemplateResponse(request, NONCE_TEMPLATE, {})


@page_cache
def cookie_page(request):
    calls["cookie_page"] += 1
    response = HttpResponse("hello")
    response.set_cookie("tracking", "1")
    return response


urlpatterns = [
    path("nonce-page/", nonce_page),
    path("cookie-page/", cookie_page),
]


@pytest.fixture
def test_pages():
    calls.update(nonce_page=0, cookie_page=0)
    return calls


# --- Hits and misses ------------------------------------------------------------------------


def test_second_visitor_is_served_from_the_cache_without_queries(django_assert_num_queries):
    skill = PublishedSkillFactory(name="pdf-tools")
    first = visitor("10.0.0.1").get("/skills/", {"q": "pdf"})
    assert first.status_code == 200
    second_client = visitor("10.0.0.2")
    with django_assert_num_queries(0):
        second = second_client.get("/skills/", {"q": "pdf"})
    assert second.status_code == 200
    assert skill.name in second.content.decode()
    assert second.content == first.content
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")


def test_parameter_order_shares_one_entry_and_junk_parameters_are_not_stored(
    django_assert_num_queries,
):
    PublishedSkillFactory(name="pdf-tools")
    visitor("10.0.0.1").get("/skills/?q=pdf&sort=new")
    with django_assert_num_queries(0):
        visitor("10.0.0.2").get("/skills/?sort=new&q=pdf")
    junk = visitor("10.0.0.3").get("/skills/?q=pdf&utm_source=x")
    assert junk.status_code == 200
    assert "X-Cache" not in junk  # never stored: neither a hit nor a miss
    assert "public" not in junk["Cache-Control"]
    long_query = "/skills/?q=pdf&license=" + "x" * MAX_QUERY_CHARS
    assert "public" not in visitor("10.0.0.3").get(long_query)["Cache-Control"]
    for url in ("/skills/?q=pdf&utm_source=x", long_query):  # still rendered every time
        with CaptureQueriesContext(connection) as queries:
            visitor("10.0.0.4").get(url)
        assert len(queries) > 0, url


def test_cache_can_be_turned_off(settings):
    settings.PAGE_CACHE_SECONDS = 0
    PublishedSkillFactory()
    visitor("10.0.0.1").get("/")
    with CaptureQueriesContext(connection) as queries:
        response = visitor("10.0.0.2").get("/")
    assert len(queries) > 0
    assert "Cache-Control" not in response
    assert "X-Cache" not in response  # nothing could have come from the cache


def test_head_is_served_from_the_cache(django_assert_num_queries):
    PublishedSkillFactory()
    visitor("10.0.0.1").get("/rankings/")
    with django_assert_num_queries(0):
        response = visitor("10.0.0.2").head("/rankings/")
    assert response.status_code == 200


# --- Per-visitor values -----------------------------------------------------------------------


def test_cached_skill_page_gives_each_visitor_their_own_working_csrf_token():
    skill = PublishedSkillFactory()
    url = skill.get_absolute_url()
    first = visitor("10.0.0.1", enforce_csrf_checks=True)
    second = visitor("10.0.0.2", enforce_csrf_checks=True)
    page_one = first.get(url).content.decode()
    response = second.get(url)
    page_two = response.content.decode()
    assert "pagecache-" not in page_one + page_two
    [token_one] = TOKEN_INPUT.findall(page_one)
    [token_two] = TOKEN_INPUT.findall(page_two)
    assert token_one != token_two
    assert "csrftoken" in response.cookies  # the second visitor's own cookie, set on the hit
    assert first.cookies["csrftoken"].value != second.cookies["csrftoken"].value
    report_url = reverse("skills:report", kwargs={"slug": skill.slug})
    sent = second.post(report_url, {"reason": "spam", "csrfmiddlewaretoken": token_two})
    assert sent.status_code == 302
    assert Report.objects.filter(skill=skill).count() == 1
    # Another visitor's token does not work with this visitor's cookie.
    refused = visitor("10.0.0.3", enforce_csrf_checks=True)
    refused.get(url)
    assert (
        refused.post(report_url, {"reason": "spam", "csrfmiddlewaretoken": token_two}).status_code
        == 403
    )


@pytest.mark.urls(__name__)
def test_cached_page_gets_this_requests_nonce_and_token(test_pages):
    first = visitor("10.0.0.1", enforce_csrf_checks=True)
    second = visitor("10.0.0.2", enforce_csrf_checks=True)
    one = first.get("/nonce-page/")
    two = second.get("/nonce-page/")
    assert test_pages["nonce_page"] == 1  # the second answer came from the cache
    for response in (one, two):
        body = response.content.decode()
        nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
        assert f'<script nonce="{nonce}"' in body
        assert "pagecache-" not in body
        assert "private" in response["Cache-Control"]  # per-visitor values: no shared caches
        assert "ETag" not in response
    assert one.content != two.content
    token = TOKEN_INPUT.search(two.content.decode()).group(1)
    assert f"<p>{token}</p>" in two.content.decode()  # {{ csrf_token }} too
    assert second.post("/nonce-page/", {"csrfmiddlewaretoken": token}).status_code == 200


@pytest.mark.urls(__name__)
def test_page_setting_a_cookie_is_not_stored(test_pages):
    visitor("10.0.0.1").get("/cookie-page/")
    visitor("10.0.0.2").get("/cookie-page/")
    assert test_pages["cookie_page"] == 2


# --- Never cached -----------------------------------------------------------------------------


def test_staff_see_live_pages(staff_client, django_assert_num_queries):
    skill = PublishedSkillFactory()
    visitor("10.0.0.1").get(skill.get_absolute_url())
    Skill.objects.filter(pk=skill.pk).update(name="renamed-without-a-version-bump")
    response = staff_client.get(skill.get_absolute_url())
    assert "renamed-without-a-version-bump" in response.content.decode()
    assert "public" not in response["Cache-Control"]


def test_pending_messages_are_shown_and_never_stored():
    skill = PublishedSkillFactory()
    url = skill.get_absolute_url()
    visitor("10.0.0.1").get(url)  # cached
    reporter = visitor("10.0.0.2")
    reporter.post(reverse("skills:report", kwargs={"slug": skill.slug}), {"reason": "spam"})
    thanked = reporter.get(url)
    assert "Thanks for your report" in thanked.content.decode()
    assert "public" not in thanked["Cache-Control"]
    assert "Thanks for your report" not in visitor("10.0.0.3").get(url).content.decode()


def test_download_submit_and_admin_are_not_page_cached(client):
    skill = PublishedSkillFactory()
    download = client.get(reverse("skills:download", kwargs={"slug": skill.slug}))
    assert download.status_code == 200
    assert "public" not in download.get("Cache-Control", "")
    submit = client.get(reverse("skills:submit"))
    assert "no-cache" in submit["Cache-Control"]
    assert client.get("/admin/login/").get("Cache-Control", "").find("public") == -1


# --- Headers --------------------------------------------------------------------------------


def test_listing_pages_are_public_with_an_etag_and_answer_304():
    PublishedSkillFactory()
    response = visitor("10.0.0.1").get("/skills/")
    assert "public" in response["Cache-Control"]
    assert "max-age=60" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]
    etag = response["ETag"]
    hit = visitor("10.0.0.2").get("/skills/")
    assert hit["ETag"] == etag
    again = visitor("10.0.0.2").get("/skills/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304


def test_skill_page_is_private_because_it_carries_the_visitors_token():
    skill = PublishedSkillFactory()
    for address in ("10.0.0.1", "10.0.0.2"):  # miss, then hit
        response = visitor(address).get(skill.get_absolute_url())
        assert "private" in response["Cache-Control"]
        assert "max-age=60" in response["Cache-Control"]
        assert "Cookie" in response["Vary"]
        assert "ETag" not in response


# --- View events ------------------------------------------------------------------------------


def test_view_is_recorded_on_a_miss_and_on_a_hit():
    skill = PublishedSkillFactory()
    visitor("10.0.0.1").get(skill.get_absolute_url())
    hit_client = visitor("10.0.0.2")
    with CaptureQueriesContext(connection) as queries:
        hit_client.get(skill.get_absolute_url())
    page_reads = [q["sql"] for q in queries.captured_queries if "skills_skill" in q["sql"]]
    assert page_reads == []  # a hit: the page was not rendered again
    assert SkillEvent.objects.filter(skill=skill, kind="view").count() == 2
    hit_client.get(skill.get_absolute_url())  # the same visitor within the hour: not again
    assert SkillEvent.objects.filter(skill=skill, kind="view").count() == 2


@contextmanager
def _without_connection_recycling():
    """As Django's test client does: the test's transaction must survive the WSGI call."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.mark.parametrize("cached", [False, True])
def test_view_is_recorded_after_the_answer_is_sent(cached):
    skill = PublishedSkillFactory()
    if cached:
        visitor("10.0.0.9").get(skill.get_absolute_url())
    environ = RequestFactory().get(skill.get_absolute_url(), REMOTE_ADDR="10.0.0.1").environ
    with _without_connection_recycling():
        body = WSGIHandler()(environ, lambda status, headers, exc_info=None: None)
        assert b"csrfmiddlewaretoken" in b"".join(body)
        assert SkillEvent.objects.filter(skill=skill, kind="view").count() == int(cached)  # not yet
        body.close()  # what the WSGI server does once the last byte is sent
    assert SkillEvent.objects.filter(skill=skill, kind="view").count() == 1 + int(cached)


# --- Invalidation -----------------------------------------------------------------------------


def test_publishing_and_hiding_show_at_once(django_capture_on_commit_callbacks):
    from moderation.services import skill_hide
    from skills.services import skill_publish_version

    with django_capture_on_commit_callbacks(execute=True):
        shown = PublishedSkillFactory(name="first-skill")
    assert "first-skill" in visitor("10.0.0.1").get("/skills/").content.decode()
    assert visitor("10.0.0.1").get(shown.get_absolute_url()).status_code == 200

    newcomer = SkillFactory(name="second-skill")
    version = SkillVersionFactory(skill=newcomer)
    with django_capture_on_commit_callbacks(execute=True):
        skill_publish_version(skill=newcomer, version=version)
    assert "second-skill" in visitor("10.0.0.2").get("/skills/").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        skill_hide(skill=shown, reason="Broken.")
    assert "first-skill" not in visitor("10.0.0.3").get("/skills/").content.decode()
    assert visitor("10.0.0.3").get(shown.get_absolute_url()).status_code == 404


def test_auto_hide_by_reports_shows_at_once(django_capture_on_commit_callbacks):
    from moderation.services import report_create

    skill = PublishedSkillFactory()
    assert visitor("10.0.0.1").get(skill.get_absolute_url()).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(3):
            report_create(skill=skill, reason="malicious", details="", fingerprint=f"visitor-{n}")
    assert visitor("10.0.0.2").get(skill.get_absolute_url()).status_code == 404


def test_new_content_of_one_skill_leaves_other_skills_pages_cached(
    django_capture_on_commit_callbacks, django_assert_num_queries
):
    from skills.services import skill_publish_version

    changed, other = PublishedSkillFactory(name="changing-skill"), PublishedSkillFactory()
    for skill in (changed, other):
        assert visitor("10.0.0.1").get(skill.get_absolute_url())["X-Cache"] == "miss"
    visitor("10.0.0.1").get("/skills/")
    version = SkillVersionFactory(skill=changed, name="changing-skill", description="Now new.")
    with django_capture_on_commit_callbacks(execute=True):
        skill_publish_version(skill=changed, version=version)
    assert visitor("10.0.0.2").get(changed.get_absolute_url())["X-Cache"] == "miss"
    assert "Now new." in visitor("10.0.0.3").get(changed.get_absolute_url()).content.decode()
    assert visitor("10.0.0.2").get("/skills/")["X-Cache"] == "miss"  # the listings too
    with django_assert_num_queries(0):  # (its view by this visitor is already counted)
        assert visitor("10.0.0.1").get(other.get_absolute_url())["X-Cache"] == "hit"
