"""Visitor details in a real browser: links and images of a SKILL.md body, clean filter URLs."""

from __future__ import annotations

import re

import pytest

from skills.models import SkillVersion
from tests.e2e.test_marketplace import add_file, catalogue

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082"
)
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>'


def test_body_links_open_the_file_and_images_show(page):
    pdf = catalogue()
    version = pdf.latest_version
    add_file(version, "references/api.md", b"# API\n\nThe errors.\n")
    add_file(version, "assets/dot.png", PNG_1PX)
    add_file(version, "assets/icon.svg", SVG)
    body = (
        "See [the API](references/api.md#errors) and [elsewhere](../other/SKILL.md).\n\n"
        "![a dot](assets/dot.png) ![an icon](assets/icon.svg)\n"
    )
    SkillVersion.objects.filter(pk=version.pk).update(body=body, renderer_version="")
    page.goto(pdf.get_absolute_url())
    for alt in ("a dot", "an icon"):
        image = page.get_by_alt_text(alt)
        assert image.evaluate("img => img.complete && img.naturalWidth > 0"), alt
    assert page.locator(".markdown a", has_text="elsewhere").count() == 0
    page.locator(".markdown a", has_text="the API").click()
    page.wait_for_url(re.compile(r"/-/files/references/api\.md\?version=\w+#errors$"))
    assert "The errors." in page.locator(".file-content").inner_text()


def test_the_filter_form_leaves_empty_fields_out_of_the_url(page):
    catalogue()
    page.goto("/skills/?q=pdf")
    page.click(".filters summary")
    page.select_option("select[name=verdict]", "pass")  # submits the form by itself
    page.wait_for_url(re.compile(r"verdict=pass"))
    query = page.url.split("?", 1)[1]
    assert sorted(query.split("&")) == ["q=pdf", "verdict=pass"]
