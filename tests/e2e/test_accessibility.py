"""Accessibility and small screens, checked by machines in a real browser.

- axe-core (npm, injected through Playwright) on the main pages, light and dark: no
  violation of serious or critical impact, and none of the structure rules that were broken
  before (heading order, a page's <h1>).
- A 390 px wide pass over every public page: nothing wider than the viewport, and the skill
  page's main action (install commands, download) near the top.
- Keyboard focus is visible.

axe-core is installed once from the npm registry into a cache folder (`tests.npm`, like the
skills CLI); without npm these tests are skipped, except under CI, which installs npm.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.conf import settings

from rankings.models import SkillRankSnapshot
from skills.models import Skill, SkillVersion
from tests.e2e.test_marketplace import add_file, catalogue
from tests.factories import CategoryFactory, RawSkillFactory
from tests.npm import npm_tool

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

#: axe-core, pinned: the npm package is installed once into a cache folder (tests.npm).
AXE_CORE = ("axe-core", "4.14.1", "axe.min.js")
#: What axe checks: WCAG 2.x A and AA, and its best practices (heading order, one <h1>).
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
#: Violations that fail a page: every serious or critical one, and these structure rules.
ALWAYS_FAIL = {"heading-order", "page-has-heading-one", "landmark-one-main", "region"}
MOBILE = {"width": 390, "height": 844}
LONG_WORD = "Pneumonoultramicroscopicsilicovolcanoconiosis" * 3


@pytest.fixture(scope="session")
def axe_source() -> str:
    """axe.min.js from the npm registry (skipped without npm, except under CI)."""
    return npm_tool(*AXE_CORE).read_text(encoding="utf-8")


def axe_violations(page, axe_source: str) -> list[dict]:
    """Run axe on the page as it is; the violations that fail it (see ALWAYS_FAIL).

    axe comes in as an init script of the browser context (a <script> tag would be refused
    by the site's CSP, rightly), so it is there on every page loaded after the first call."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.context.add_init_script(script=axe_source)
        page.reload()
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        AXE_TAGS,
    )
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"][:5]],
        }
        for v in result["violations"]
        if v["impact"] in ("serious", "critical") or v["id"] in ALWAYS_FAIL
    ]


def visitor_catalogue():
    """The demo catalogue plus what real skills bring: links and images in the body, a
    table, metadata, a long unbroken word, several versions, a ranking."""
    pdf = catalogue()
    CategoryFactory(key="empty-one", name="Nothing here")
    version = pdf.latest_version
    add_file(version, "references/api.md", b"# API\n\n## Errors\n")
    body = (
        "# PDF extract\n\nRead [the API](references/api.md#errors) and "
        "[the guide](https://example.com/guide) before you run it.\n\n"
        "| flag | meaning | default |\n|---|---|---|\n"
        f"| `--pages` | {LONG_WORD} | all |\n\n"
        "```bash\npython scripts/extract.py --pages 1-3 in.pdf > out.txt\n```\n"
    )
    Skill.objects.filter(pk=pdf.pk).update(
        description=f"Pulls tables out of PDFs. {LONG_WORD}",
        summary=f"Pulls tables out of PDFs with {LONG_WORD}.",
    )
    frontmatter = {
        "name": "pdf-extract",
        "description": "Pulls text and tables out of PDF files.",
        "metadata": {"version": "1.2.0", "author": "Acme Labs", "tags": ["pdf", "ocr"]},
    }
    SkillVersion.objects.filter(pk=version.pk).update(
        body=body, frontmatter=frontmatter, renderer_version=""
    )
    for i in range(3):
        SkillVersion.objects.create(
            skill=pdf,
            content_hash=f"{i:02d}" + "a" * 62,
            commit=f"{i:02d}" + "c" * 38,
            name="pdf-extract",
            description="Older.",
            body="Older.",
            security_verdict="review",
        )
    skills = list(Skill.objects.published().order_by("slug"))
    for board in ("top", "trending", "new"):
        SkillRankSnapshot.objects.bulk_create(
            [
                SkillRankSnapshot(date="2026-06-15", board=board, skill=s, rank=i, score=30 - i)
                for i, s in enumerate(skills, 1)
            ]
        )
    return Skill.objects.get(pk=pdf.pk)


def public_pages(skill) -> dict[str, str]:
    url = skill.get_absolute_url()
    return {
        "home": "/",
        "search": "/skills/?q=pdf",
        "browse": "/skills/",
        "no results": "/skills/?q=zzzzqqqq",
        "skill": url,
        "skill file": f"{url}-/files/references/api.md",
        "categories": "/categories/",
        "category": "/categories/documents/",
        "tag": "/skills/?tag=pdf",
        "repository": "/repos/acme/kit/",
        "rankings": "/rankings/",
        "trending": "/rankings/trending/",
        "new": "/rankings/new/",
        "how ranking works": "/rankings/how/",
        "submit": "/submit/",
        "not found": "/no/such/page/",
    }


@pytest.fixture
def skill(db):
    return visitor_catalogue()


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_violation(page, skill, axe_source, scheme, lang, admin_login):
    if lang not in interface_languages():
        pytest.skip(f"the interface has no {lang} translation yet")
    page.context.set_extra_http_headers({"Accept-Language": lang})
    page.emulate_media(color_scheme=scheme)
    page.goto("/")
    assert page.evaluate("document.documentElement.lang").startswith(lang)
    pages = public_pages(skill)
    checked = {name: pages[name] for name in ("home", "search", "skill", "category")}
    checked |= {n: pages[n] for n in ("rankings", "trending", "how ranking works", "submit")}
    found = {}
    for name, url in checked.items():
        page.goto(url)
        found[name] = axe_violations(page, axe_source)
    page.goto(skill.get_absolute_url())
    page.click("#report summary")  # the report form, opened
    found["report"] = axe_violations(page, axe_source)
    page.goto("/admin/login/")
    found["admin login"] = axe_violations(page, axe_source)
    raw = RawSkillFactory()
    admin_login()
    page.goto(f"/admin/skills/rawskill/{raw.pk}/change/")
    found["moderation review"] = axe_violations(page, axe_source)
    page.goto("/admin/skills/rawskill/")
    found["moderation queue"] = axe_violations(page, axe_source)
    failing = {name: v for name, v in found.items() if v}
    assert not failing, json.dumps(failing, indent=1)


def interface_languages() -> list[str]:
    """English, and every language the interface has a catalogue for (locale/<lang>/)."""
    locale = Path(settings.BASE_DIR) / "locale"
    found = sorted(p.name for p in locale.iterdir() if p.is_dir()) if locale.is_dir() else []
    return ["en", *(lang for lang in found if lang != "en")]


def test_every_public_page_fits_a_390px_screen(browser, live_server, skill):
    too_wide = {}
    for lang in interface_languages():
        context = browser.new_context(
            base_url=live_server.url, viewport=MOBILE, extra_http_headers={"Accept-Language": lang}
        )
        page = context.new_page()
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)
            for name, url in public_pages(skill).items():
                page.goto(url)
                width = page.evaluate("document.documentElement.scrollWidth")
                if width > MOBILE["width"]:
                    too_wide[f"{name} ({lang}, {scheme})"] = width
        context.close()
    assert too_wide == {}


def test_long_words_do_not_widen_the_desktop_pages(page, skill):
    for url in (skill.get_absolute_url(), "/skills/?q=pdf", "/rankings/"):
        page.goto(url)
        assert page.evaluate("document.documentElement.scrollWidth") <= 1280, url


@pytest.mark.parametrize("width", [MOBILE["width"], 1280])
def test_a_long_pasted_query_wraps_instead_of_widening_the_search_page(browser, live_server, width):
    """The query is echoed in the result count and the empty state: 200 characters with no
    space (a pasted hash or URL) must wrap, in English and Korean (which keeps words whole)."""
    for lang in ("en", "ko"):
        context = browser.new_context(
            base_url=live_server.url,
            viewport={**MOBILE, "width": width},
            extra_http_headers={"Accept-Language": lang},
        )
        page = context.new_page()
        page.goto("/skills/?q=" + "a" * 200)
        assert page.evaluate("document.documentElement.scrollWidth") <= width, lang
        context.close()


def test_the_skill_pages_main_action_is_near_the_top_on_a_phone(browser, live_server, skill):
    context = browser.new_context(base_url=live_server.url, viewport=MOBILE)
    page = context.new_page()
    page.goto(skill.get_absolute_url())
    screens = MOBILE["height"] * 1.5
    download = page.locator("a[download]").first.bounding_box()
    install = page.locator("#install").bounding_box()
    context.close()
    assert download["y"] < screens and install["y"] < screens, (download, install)


def test_keyboard_focus_is_visible(page, skill):
    page.goto(skill.get_absolute_url())
    seen = 0
    for _ in range(25):
        page.keyboard.press("Tab")
        style = page.evaluate(
            """() => { const el = document.activeElement; if (!el || el === document.body) return null;
            const s = getComputedStyle(el); const a = getComputedStyle(el, '::after');
            return {tag: el.tagName, outline: s.outlineStyle, width: s.outlineWidth,
                    shadow: s.boxShadow, after: a.outlineStyle}; }"""
        )
        if style is None:
            continue
        seen += 1
        visible = (style["outline"] != "none" and style["width"] != "0px") or (
            style["after"] != "none"
        )
        assert visible, style
    assert seen >= 20
