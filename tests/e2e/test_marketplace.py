"""The public marketplace in a real browser."""

from __future__ import annotations

import io
import re
import time
import zipfile

import pytest
from django.db import OperationalError
from playwright.sync_api import expect

from rankings.models import SkillEvent
from skills.models import Skill, SkillFile, SkillSource
from skills.storage import blob_put
from tests.factories import (
    CategoryFactory,
    PublishedSkillFactory,
    RawSkillFactory,
    SkillPopularityFactory,
)
from tests.skills import xss_payloads as P

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def add_file(version, path: str, data: bytes, *, stored=True):
    sha, key = blob_put(data)
    return SkillFile.objects.create(
        version=version,
        path=path,
        size=len(data),
        sha256=sha,
        storage_key=key if stored else "",
        is_text=True,
    )


def catalogue():
    docs = CategoryFactory(key="documents", name="Documents")
    CategoryFactory(key="devops", name="DevOps")
    pdf = PublishedSkillFactory(
        name="pdf-extract",
        slug="acme/kit/pdf-extract",
        category=docs,
        repository_owner="acme",
        repository_name="kit",
        description="Pulls text and tables out of PDF files.",
        publish__body="# PDF extract\n\n```bash\npython scripts/extract.py in.pdf\n```\n",
    )
    add_file(pdf.latest_version, "SKILL.md", pdf.latest_version.body.encode())
    add_file(pdf.latest_version, "scripts/extract.py", b"print('extract')\n")
    add_file(pdf.latest_version, "assets/huge.bin", b"x", stored=False)
    SkillPopularityFactory(skill=pdf, installs_total=40)
    PublishedSkillFactory(
        name="pdf-merge", slug="acme/kit/pdf-merge", description="Joins PDF files."
    )
    PublishedSkillFactory(
        name="terraform-plan",
        slug="ops/tf/terraform-plan",
        description="Reviews terraform plans before apply.",
    )
    return pdf


def wait_for(predicate, timeout=5.0):
    """Poll until the live server's writes show. On SQLite the server thread shares the
    in-memory database, and a read that meets its write lock fails at once ("database table
    is locked") instead of waiting: that is "not yet", not an error."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            if predicate():
                return True
        except OperationalError as error:
            if "locked" not in str(error):
                raise
        time.sleep(0.1)
    return False


def test_search_with_a_filter_and_open_a_result(page):
    catalogue()
    page.goto("/")
    page.fill("#home-q", "pdf")
    page.press("#home-q", "Enter")
    expect(page.locator(".result-count")).to_contain_text("2 skills")
    page.locator("summary", has_text="Filters").click()
    page.select_option("select[name=category]", "documents")  # JS submits on change
    page.wait_for_url(re.compile(r"category=documents"))
    expect(page.locator(".result-count")).to_contain_text("1 skill")
    expect(page.locator(".results mark").first).to_have_text(re.compile("pdf", re.I))
    page.click(".results .card-title a")
    page.wait_for_url(re.compile(r"/s/acme/kit/pdf-extract/$"))
    expect(page.locator(".skill-title h1")).to_have_text("pdf-extract")
    expect(page.locator(".markdown .highlight")).to_be_visible()
    assert page.csp_errors == []


def test_a_typo_still_finds_the_skill(page, on_postgres):
    catalogue()
    page.goto("/skills/?q=pdf-extarct")
    if on_postgres:  # trigram similarity puts it in the results
        expect(page.locator(".results .card-title a", has_text="pdf-extract")).to_be_visible()
    else:  # SQLite: no results, but "did you mean" offers it
        expect(page.locator(".suggestions a", has_text="pdf-extract")).to_be_visible()


def test_copy_an_install_command(page, live_server):
    skill = catalogue()
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    page.goto(skill.get_absolute_url())
    button = page.locator("button[data-copy=cmd-claude-personal]")
    expect(button).to_be_visible()
    button.click()
    expect(button).to_contain_text("Copied")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("mkdir -p ~/.claude/skills && curl -fsSL")
    assert "/s/acme/kit/pdf-extract/-/download.zip" in copied
    assert wait_for(lambda: SkillEvent.objects.filter(skill=skill, kind="copy").exists())
    assert page.csp_errors == []


def test_download_the_zip_of_the_version_shown(page):
    skill = catalogue()
    page.goto(skill.get_absolute_url())
    with page.expect_download() as info:
        page.click("text=Download ZIP")
    with open(info.value.path(), "rb") as handle:
        data = handle.read()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        stored = {
            f"pdf-extract/{f.path}" for f in skill.latest_version.files.exclude(storage_key="")
        }
        assert stored <= names
        assert archive.read("pdf-extract/scripts/extract.py") == b"print('extract')\n"
        note = [n for n in names if "README" in n]
        assert note and "assets/huge.bin" in archive.read(note[0]).decode()
    assert wait_for(lambda: SkillEvent.objects.filter(skill=skill, kind="download").count() == 1)


def test_submit_a_repository_and_see_it_in_the_admin_queue(page, admin_login):
    page.goto("/submit/")
    page.fill("#id_url", "https://github.com/someone/great-skills")
    page.click("form.form-card button[type=submit]")
    expect(page.locator(".message")).to_contain_text("queued for review")
    source = SkillSource.objects.get()
    assert source.status == SkillSource.Status.PENDING
    admin_login()
    page.goto("/admin/skills/skillsource/?status__exact=pending")
    expect(page.locator("#result_list")).to_contain_text("someone/great-skills")


def test_approve_a_raw_skill_in_the_admin_and_see_it_published(page, admin_login):
    raw = RawSkillFactory()
    skill_url = raw.skill.get_absolute_url()
    assert page.goto(skill_url).status == 404
    admin_login()
    page.goto("/admin/skills/rawskill/")
    page.check(f"input[name=_selected_action][value='{raw.pk}']")
    page.select_option("select[name=action]", "approve_passing")
    page.click("button[name=index], input[name=index]")
    expect(page.locator(".messagelist")).to_contain_text("Approved and published 1")
    assert Skill.objects.get(pk=raw.skill_id).status == Skill.Status.PUBLISHED
    page.context.clear_cookies()
    response = page.goto(skill_url)
    assert response.status == 200
    expect(page.locator(".skill-title h1")).to_have_text(raw.skill.name)


def test_keyboard_only_search(page):
    catalogue()
    page.goto("/skills/")
    for _ in range(15):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement && document.activeElement.id") == "q":
            break
    else:
        pytest.fail("the search box is not reachable with Tab")
    page.keyboard.type("terraform")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"q=terraform"))
    for _ in range(40):
        page.keyboard.press("Tab")
        href = page.evaluate(
            "document.activeElement && document.activeElement.getAttribute('href')"
        )
        if href and href.startswith("/s/"):
            break
    else:
        pytest.fail("no result is reachable with Tab")
    assert href == "/s/ops/tf/terraform-plan/"
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/s/ops/tf/terraform-plan/$"))


def test_the_xss_corpus_renders_inert(page):
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
    add_file(skill.latest_version, P.FILE_NAME, P.FILE_CONTENT)
    urls = [
        "/",
        "/skills/?q=evil",
        "/skills/?q=script",
        skill.get_absolute_url(),
        f"{skill.get_absolute_url()}-/files/{P.FILE_NAME}",
    ]
    for url in urls:
        response = page.goto(url)
        assert response.status == 200, url
        page.mouse.move(200, 300)
        for link in page.locator(".markdown a").all()[:5]:
            link.hover()
        assert page.evaluate("typeof window.__xss") == "undefined", url
    assert page.dialogs == []
