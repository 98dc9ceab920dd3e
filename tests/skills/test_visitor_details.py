"""Details a visitor meets on real skills: pages past the end, clean filter URLs, filters
and sorts offered only when they mean something, readable frontmatter and summaries, one
date format, and the DEBUG error page and favicon."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

from skills.models import Skill
from skills.services.publishing import skill_summary_from_description
from skills.views import _facts
from tests.factories import CategoryFactory, PublishedSkillFactory

pytestmark = pytest.mark.django_db


def test_a_page_past_the_end_answers_404_naming_the_pages(client):
    PublishedSkillFactory(name="only-one")
    for number in ("2", "100", "101", str(10**9)):
        response = client.get("/skills/", {"page": number})
        assert response.status_code == 404, number
        text = response.content.decode()
        assert f"No page {number}" in text and "There is 1 page" in text
        assert "page=1" in text  # a way back
    assert client.get("/skills/", {"page": "1"}).status_code == 200
    assert client.get("/skills/", {"page": "abc"}).status_code == 200  # malformed: page 1


def test_a_page_beyond_the_deepest_allowed_of_a_long_list_is_refused_with_400(client, monkeypatch):
    monkeypatch.setattr("skills.views.PER_PAGE", 1)
    monkeypatch.setattr("skills.views.MAX_PAGES", 2)
    for i in range(4):
        PublishedSkillFactory(name=f"skill-{i}")
    assert client.get("/skills/", {"page": "2"}).status_code == 200
    assert client.get("/skills/", {"page": "3"}).status_code == 400
    assert client.get("/skills/", {"page": "9"}).status_code == 400


def test_empty_filter_parameters_redirect_to_the_clean_url(client):
    response = client.get("/skills/?q=pdf&category=&tag=&scripts=&license=&page=")
    assert response.status_code == 302 and response["Location"] == "/skills/?q=pdf"
    response = client.get("/skills/?q=&tag=")
    assert response["Location"] == "/skills/"
    category = CategoryFactory(key="documents")
    response = client.get(reverse("skills:category", args=[category.key]) + "?license=")
    assert response["Location"] == "/categories/documents/"


def test_sort_links_carry_no_empty_parameters(client):
    PublishedSkillFactory(name="pdf-tools")
    html = client.get("/skills/?q=pdf").content.decode()
    links = re.findall(r'href="(\?[^"]*sort=[^"]*)"', html)
    assert links and all("=&" not in link and not link.endswith("=") for link in links)


def test_filters_are_on_only_when_the_visitor_set_one(client):
    category = CategoryFactory(key="documents", name="Documents")
    PublishedSkillFactory(category=category)
    page = client.get(reverse("skills:category", args=["documents"])).content.decode()
    assert "Clear filters" not in page and 'badge-accent">on<' not in page
    assert '<details class="filters">' in page
    page = client.get(reverse("skills:category", args=["documents"]), {"scripts": "yes"})
    assert 'badge-accent">on<' in page.content.decode()


def test_stars_sort_is_offered_only_when_some_skill_has_stars(client):
    skill = PublishedSkillFactory(stars=0)
    assert "GitHub stars" not in client.get("/skills/").content.decode()
    Skill.objects.filter(pk=skill.pk).update(stars=12)
    with override_settings(CATALOGUE_CACHE_SECONDS=0, PAGE_CACHE_SECONDS=0):
        assert "GitHub stars" in client.get("/skills/").content.decode()


@override_settings(CATALOGUE_CACHE_SECONDS=0)
def test_empty_categories_are_not_listed(client):
    full = CategoryFactory(key="documents", name="Documents")
    CategoryFactory(key="empty-one", name="Nothing Here")
    PublishedSkillFactory(category=full)
    for url in ("/", "/categories/", "/skills/"):
        html = client.get(url).content.decode()
        assert "Documents" in html and "Nothing Here" not in html, url
    # The empty category's own page still answers (its URL may be linked from elsewhere).
    assert client.get("/categories/empty-one/").status_code == 200


def test_frontmatter_metadata_is_shown_as_fields_not_json(client):
    frontmatter = {
        "name": "pdf-tools",
        "description": "Reads PDFs.",
        "allowed-tools": ["Read", "Bash"],
        "metadata": {"version": "1.2", "author": {"name": "Ann"}, "tags": ["pdf", "ocr"]},
    }
    facts = _facts(frontmatter)
    assert facts[2] == ("allowed-tools", "Read, Bash", [])
    assert facts[3] == (
        "metadata",
        "",
        [("version", "1.2"), ("author.name", "Ann"), ("tags", "pdf, ocr")],
    )
    skill = PublishedSkillFactory(publish__frontmatter=frontmatter)
    html = client.get(skill.get_absolute_url()).content.decode()
    facts_html = html.split('id="facts-h"', 1)[1].split("</section>", 1)[0]
    assert "<dt>author.name</dt>" in facts_html and "{" not in facts_html


def test_summaries_lose_markdown_backticks_and_bold():
    summary = skill_summary_from_description("Use `pdf-tools` on **scanned** PDFs. Then more.")
    assert summary == "Use pdf-tools on scanned PDFs."
    assert skill_summary_from_description("2 * 3 * 4 with snake_case__names") == (
        "2 * 3 * 4 with snake_case__names"
    )


def test_render_markdown_command_fixes_stored_summaries():
    skill = PublishedSkillFactory(description="Reads `PDF` files.")
    Skill.objects.filter(pk=skill.pk).update(summary="Reads `PDF` files.")
    call_command("render_markdown", stdout=open("/dev/null", "w"))  # noqa: SIM115
    skill.refresh_from_db()
    assert skill.summary == "Reads PDF files."


def test_pages_use_one_date_format(client):
    when = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
    skill = PublishedSkillFactory()
    Skill.objects.filter(pk=skill.pk).update(last_changed_at=when, first_seen_at=when)
    html = client.get(skill.get_absolute_url()).content.decode()
    assert "Dec. 6, 2026" in html
    assert not re.search(r"\bDec 6\b", html)


@override_settings(DEBUG=True)
def test_debug_404_page_may_style_itself_and_normal_pages_may_not(client):
    missing = client.get("/no/such/page/")
    assert missing.status_code == 404
    assert "style-src 'self' 'unsafe-inline'" in missing["Content-Security-Policy"]
    assert "unsafe-inline" not in client.get("/").headers["Content-Security-Policy"]


def test_without_debug_no_page_may_style_itself_inline(client):
    missing = client.get("/no/such/page/")
    assert "unsafe-inline" not in missing["Content-Security-Policy"]


def test_favicon_ico_leads_to_the_site_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"].endswith("logo.svg")
