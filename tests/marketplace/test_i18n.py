"""The Korean interface: the language of a request (Accept-Language, the menu's cookie,
?lang=), what reflects it (<html lang>, hreflang, the sitemap, dates and numbers), and the
page cache keyed on it."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation

from skills.models import Skill
from skills.templatetags.skills_tags import compact
from tests.factories import PublishedSkillFactory, SkillPopularityFactory

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = ("/", "/skills/", "/categories/", "/rankings/", "/rankings/how/", "/submit/")
HTML_LANG = re.compile(r'<html lang="([^"]+)"')


def visitor(address: str = "10.0.0.1", **headers) -> Client:
    return Client(REMOTE_ADDR=address, **headers)


def html_lang(response) -> str:
    return HTML_LANG.search(response.content.decode()).group(1)


# --- Which language -------------------------------------------------------------------------


def test_english_is_the_default_and_accept_language_picks_korean():
    PublishedSkillFactory()
    english = visitor().get("/")
    assert html_lang(english) == "en"
    assert "Skills for your coding agent" in english.content.decode()
    korean = visitor(HTTP_ACCEPT_LANGUAGE="ko-KR,ko;q=0.9,en;q=0.5").get("/")
    assert html_lang(korean) == "ko"
    assert korean["Content-Language"] == "ko"
    assert "Accept-Language" in korean["Vary"]
    body = korean.content.decode()
    assert "코딩 에이전트를 위한 스킬" in body
    assert "Skills for your coding agent" not in body


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_every_public_page_has_a_keyboard_usable_language_menu(path):
    response = visitor(HTTP_ACCEPT_LANGUAGE="ko").get(path)
    assert response.status_code == 200
    body = response.content.decode()
    menu = re.search(
        r'<form class="lang-menu" action="/i18n/setlang/" method="post"[^>]*>(.*?)</form>',
        body,
        re.S,
    )
    assert menu, path
    assert 'aria-label="언어"' in body
    buttons = re.findall(
        r'<button type="submit" name="language" value="(\w+)" lang="\w+"([^>]*)>', menu.group(1)
    )
    assert [code for code, _ in buttons] == ["en", "ko"]
    assert 'aria-current="true"' in dict(buttons)["ko"]  # the current language is announced
    assert f'name="next" value="{path}"' in menu.group(1)


def test_a_path_that_starts_like_a_language_is_not_read_as_one():
    """URLs carry no language (no i18n_patterns): the middleware never reads one from the
    path, and every answer, API included, says its language and varies on the header."""
    api = visitor(HTTP_ACCEPT_LANGUAGE="ko").get("/api/v1/health")
    missing = visitor().get("/ko/skills/")

    assert api["Content-Language"] == "ko" and "Accept-Language" in api["Vary"]
    assert missing.status_code == 404 and missing["Content-Language"] == "en"
    assert "Accept-Language" in missing["Vary"]


def test_the_menu_sets_a_cookie_that_then_decides_the_language():
    PublishedSkillFactory()
    browser = visitor(HTTP_ACCEPT_LANGUAGE="en")
    response = browser.post("/i18n/setlang/", {"language": "ko", "next": "/skills/?q=pdf"})
    assert response.status_code == 302
    assert response["Location"] == "/skills/?q=pdf"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ko"
    assert html_lang(browser.get("/skills/")) == "ko"  # the cookie beats Accept-Language
    browser.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert html_lang(browser.get("/skills/")) == "en"


def test_the_menu_refuses_unknown_languages_and_foreign_redirects():
    browser = visitor()
    response = browser.post("/i18n/setlang/", {"language": "xx", "next": "https://evil.example/"})
    assert response.status_code == 302
    assert response["Location"] == "/"  # Django's set_language keeps `next` on this site
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies
    assert browser.get("/i18n/setlang/").status_code == 405  # POST only


def test_lang_parameter_wins_and_an_unknown_value_is_ignored():
    browser = visitor(HTTP_ACCEPT_LANGUAGE="ko")
    assert html_lang(browser.get("/categories/?lang=en")) == "en"
    assert html_lang(browser.get("/categories/?lang=zz")) == "ko"
    english = visitor(HTTP_ACCEPT_LANGUAGE="en")
    response = english.get("/categories/?lang=ko")
    assert html_lang(response) == "ko"
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies  # a link never sets a cookie


# --- What reflects it -----------------------------------------------------------------------


def test_pages_link_their_language_versions_with_hreflang():
    body = visitor().get("/skills/?q=pdf&lang=ko").content.decode()
    found = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', body)
    links = {code: html.unescape(url) for code, url in found}
    assert links == {
        "en": "http://testserver/skills/?q=pdf&lang=en",
        "ko": "http://testserver/skills/?q=pdf&lang=ko",
        "x-default": "http://testserver/skills/?q=pdf",
    }
    assert 'name="next" value="/skills/?q=pdf"' in body  # the menu drops ?lang=


def test_sitemap_lists_the_language_versions_of_every_url():
    skill = PublishedSkillFactory()
    body = visitor().get("/sitemap-skills.xml").content.decode()
    url = f"http://testserver{skill.get_absolute_url()}"
    assert f'<xhtml:link rel="alternate" hreflang="ko" href="{url}?lang=ko"/>' in body
    assert f'<xhtml:link rel="alternate" hreflang="en" href="{url}?lang=en"/>' in body
    assert f'<xhtml:link rel="alternate" hreflang="x-default" href="{url}"/>' in body


def test_dates_and_numbers_follow_the_language():
    skill = PublishedSkillFactory(stars=12345)
    # Publishing sets the date to the version's (now): the page's dates are set after it.
    changed = datetime(2026, 12, 6, 12, tzinfo=UTC)
    Skill.objects.filter(pk=skill.pk).update(last_changed_at=changed)
    SkillPopularityFactory(skill=skill, installs_total=25_000)
    english = visitor().get(skill.get_absolute_url()).content.decode()
    korean = visitor(HTTP_ACCEPT_LANGUAGE="ko").get(skill.get_absolute_url()).content.decode()
    assert "Dec. 6, 2026" in english
    assert "2026년 12월 6일" in korean  # the long form (About box)
    assert ">2026. 12. 6.<" in korean  # the short form (stats box)
    assert ">12,345<" in english and ">12,345<" in korean  # grouped by the locale's rules
    assert ">25k<" in english
    assert ">2.5만<" in korean


def test_compact_numbers_use_korean_units():
    with translation.override("ko"):
        assert [compact(n) for n in (999, 1234, 25_000, 3_400_000, 120_000_000)] == [
            "999",
            "1.2천",
            "2.5만",
            "340만",
            "1.2억",
        ]
    with translation.override("en"):
        assert [compact(n) for n in (1234, 2_500_000)] == ["1.2k", "2.5M"]


def test_messages_forms_and_error_pages_are_translated():
    skill = PublishedSkillFactory()
    browser = visitor(HTTP_ACCEPT_LANGUAGE="ko")
    page = browser.get(skill.get_absolute_url()).content.decode()
    assert "악성 또는 위험함" in page  # a report reason (model choices)
    assert "이 스킬 신고하기" in page
    followed = browser.post(
        f"/s/{skill.slug}/-/report", {"reason": "spam", "details": ""}, follow=True
    )
    assert "신고해 주셔서 감사합니다" in followed.content.decode()
    missing = browser.get("/no-such-page/")
    assert missing.status_code == 404
    assert "페이지를 찾을 수 없습니다" in missing.content.decode()
    submit = browser.post("/submit/", {"url": "https://gitlab.com/a/b"})
    assert "github.com 저장소만 등록할 수 있습니다." in submit.content.decode()


def test_moderation_console_custom_parts_are_translated(staff_client):
    PublishedSkillFactory()  # the action menu shows when the list has rows
    response = staff_client.get("/admin/skills/skill/", HTTP_ACCEPT_LANGUAGE="ko")
    body = response.content.decode()
    assert "선택 항목 숨김 (사유 필수)" in body  # our admin action
    assert "사유 (거절·숨김 시 필수)" in body  # the reason box beside the action menu


# --- The page cache keys on the language ----------------------------------------------------


@pytest.mark.parametrize("first,second", [("en", "ko"), ("ko", "en")])
def test_a_cached_page_is_never_served_in_the_other_language(first, second):
    skill = PublishedSkillFactory()
    urls = ("/", "/skills/", "/rankings/", skill.get_absolute_url())
    expected = {"en": "Browse", "ko": "둘러보기"}
    for url in urls:
        warm = visitor("10.0.0.1", HTTP_ACCEPT_LANGUAGE=first).get(url)
        assert html_lang(warm) == first
        other = visitor("10.0.0.2", HTTP_ACCEPT_LANGUAGE=second).get(url)
        assert html_lang(other) == second, url
        assert expected[second] in other.content.decode()
        assert expected[first] not in other.content.decode()
        by_cookie = Client(REMOTE_ADDR="10.0.0.3")
        by_cookie.cookies[settings.LANGUAGE_COOKIE_NAME] = second
        assert html_lang(by_cookie.get(url)) == second, url


def test_each_language_is_cached_once(django_assert_num_queries):
    PublishedSkillFactory()
    for language in ("en", "ko"):
        visitor("10.0.0.1", HTTP_ACCEPT_LANGUAGE=language).get("/skills/")
    for language in ("en", "ko"):
        with django_assert_num_queries(0):
            response = visitor("10.0.0.2", HTTP_ACCEPT_LANGUAGE=language).get("/skills/")
        assert html_lang(response) == language
        assert "public" in response["Cache-Control"]
    visitor("10.0.0.3").get("/skills/?lang=ko")
    with django_assert_num_queries(0):  # ?lang= links are cached too, per language
        hit = visitor("10.0.0.4", HTTP_ACCEPT_LANGUAGE="en").get("/skills/?lang=ko")
    assert html_lang(hit) == "ko"
