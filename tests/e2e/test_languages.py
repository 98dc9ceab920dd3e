"""The language menu in a real browser: reachable and usable with the keyboard alone, and
what it changes (the page's language, the copy button's words)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.factories import PublishedSkillFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def tab_to(page, predicate: str, presses: int = 30) -> None:
    for _ in range(presses):
        page.keyboard.press("Tab")
        if page.evaluate(
            f"(() => {{ const e = document.activeElement; return !!e && ({predicate}); }})()"
        ):
            return
    pytest.fail(f"nothing matching {predicate} is reachable with Tab")


def test_switch_to_korean_and_back_with_the_keyboard_only(page, live_server):
    skill = PublishedSkillFactory()
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    page.goto(skill.get_absolute_url())
    assert page.get_attribute("html", "lang") == "en"
    tab_to(page, "e.name === 'language' && e.value === 'ko'")
    focused = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert focused != "none"  # the focus is visible
    page.keyboard.press("Enter")
    page.wait_for_function("document.documentElement.lang === 'ko'")
    assert page.url.endswith(skill.get_absolute_url())  # back on the same page
    expect(page.locator("#install-h")).to_have_text("설치")
    button = page.locator("button[data-copy=cmd-claude-personal]")
    button.click()
    expect(button).to_contain_text("복사됨")
    expect(page.locator(".lang-menu [aria-current=true]")).to_have_text("한국어")
    page.goto("/skills/")  # the cookie keeps the choice on the next page
    assert page.get_attribute("html", "lang") == "ko"
    tab_to(page, "e.name === 'language' && e.value === 'en'")
    page.keyboard.press("Enter")
    page.wait_for_function("document.documentElement.lang === 'en'")
    assert re.search(r"/skills/$", page.url)


def test_phone_width_shows_one_language_button_on_the_brand_line(page):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/?lang=ko")
    visible = page.locator(".lang-menu button:visible")
    expect(visible).to_have_count(1)
    expect(visible).to_have_text("English")
    brand = page.locator(".brand").bounding_box()
    menu = page.locator(".lang-menu").bounding_box()
    assert abs((brand["y"] + brand["height"] / 2) - (menu["y"] + menu["height"] / 2)) < 12
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
