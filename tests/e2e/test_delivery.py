"""What a real browser downloads: the HTML arrives gzip-compressed, the Pygments stylesheet
only on a skill page with highlighted code, and every page's meta description is set."""

from __future__ import annotations

import pytest

from skills.models import SkillVersion
from tests.e2e.test_marketplace import catalogue

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def stylesheets(page) -> list[str]:
    return page.eval_on_selector_all("link[rel=stylesheet]", "links => links.map(l => l.href)")


def test_pages_arrive_compressed_with_the_css_they_use(page):
    pdf = catalogue()
    home = page.goto("/")
    assert home.headers.get("content-encoding") == "gzip"
    assert not any("pygments" in href for href in stylesheets(page))
    assert page.locator('meta[name="description"]').get_attribute("content")

    version = pdf.latest_version
    SkillVersion.objects.filter(pk=version.pk).update(
        body="# Usage\n\n```python\nprint('hello')\n```\n", renderer_version=""
    )
    skill = page.goto(pdf.get_absolute_url())
    assert skill.headers.get("content-encoding") == "gzip"
    assert any("pygments" in href for href in stylesheets(page))
    keyword = page.locator(".markdown .highlight .nb, .markdown .highlight .k").first
    assert keyword.evaluate("e => getComputedStyle(e).color") != page.locator(
        ".markdown .highlight"
    ).evaluate("e => getComputedStyle(e).color")  # the token colours apply
    assert page.csp_errors == []
