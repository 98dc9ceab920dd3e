"""A moderator's day in the console, in a real browser, on the demo data `make run` loads.

Open the queue, open the riskiest item, see its findings and the file at the finding's
line, reject it with a reason; open the update of a live skill, see the diff, approve it;
sync a source; resolve a report. Each action is then found in the decision log.

With ``E2E_SCREENSHOTS=1`` the test also saves the screenshots of docs/MODERATION.md
(the review page, the diff view and the queue at 1280 px) into docs/screenshots/.
"""

from __future__ import annotations

import os
import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from moderation.models import ModerationDecision, Report
from skills.models import RawSkill

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def shot(page, name: str, **kwargs) -> None:
    if os.environ.get("E2E_SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), **kwargs)


def test_a_moderators_day(page, admin_login):
    call_command("load_demo", stdout=StringIO())
    admin_login()

    # The index says what waits; the queue opens with the riskiest item first.
    expect(page.locator(".console-waiting")).to_contain_text("3 in the review queue")
    page.get_by_role("link", name=re.compile("in the review queue")).click()
    rows = page.locator("#result_list tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.first).to_contain_text("setup-helper")
    expect(rows.first).to_contain_text("fail")
    expect(page.locator("#changelist-filter")).to_contain_text("update of a live skill")
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280  # no sideways scroll
    shot(page, "queue")

    # The riskiest item: findings, and the script opened at the finding's line.
    rows.first.get_by_role("link", name="setup-helper").click()
    expect(page.locator("h1")).to_contain_text("setup-helper")
    findings = page.locator("table.findings")
    expect(findings).to_contain_text("exfil.credential-send")
    expect(findings).to_contain_text("injection.override")
    shot(page, "review")
    page.get_by_role("link", name="scripts/bootstrap.sh:11").click()
    line = page.locator("tr.hit", has_text="tar czf /tmp/.cfg.tgz")
    expect(line).to_be_visible()
    expect(line).to_have_attribute("id", re.compile(r"^file-\d+-L11$"))
    assert page.url.endswith(f"#{line.get_attribute('id')}")

    # Reject with a reason (r focuses the reason box); the next item opens.
    page.keyboard.press("r")
    expect(page.locator("#reject-reason")).to_be_focused()
    page.keyboard.type("Uploads the user's SSH keys and cloud credentials.")
    page.get_by_role("button", name=re.compile("^Reject")).click()
    expect(page.locator(".messagelist")).to_contain_text(
        "Rejected setup-helper: Uploads the user's SSH keys and cloud credentials."
    )
    expect(page.locator("h1")).not_to_contain_text("setup-helper")
    expect(page.locator("h1")).to_contain_text("csv-cleaner")  # the riskiest left, then oldest
    page.keyboard.press("j")  # next in the queue
    expect(page.locator("h1")).to_contain_text("meeting-notes")
    page.keyboard.press("k")
    expect(page.locator("h1")).to_contain_text("csv-cleaner")
    page.keyboard.press("?")
    expect(page.locator("[data-help]")).to_be_visible()

    # The update of a live skill: the diff, unified and side by side, then approve.
    page.goto("/admin/skills/rawskill/?state__exact=pending&update=live")
    page.get_by_role("link", name="meeting-notes").click()
    diff = page.locator("#diff")
    expect(diff).to_contain_text("Added script scripts/export_tasks.py")
    expect(diff.locator(".d-insert", has_text="Open questions").first).to_be_visible()
    page.get_by_role("link", name="Side by side").click()
    expect(page.locator("table.diff-side").first).to_be_visible()
    skill_md = page.locator(".diff-file", has=page.locator("h3", has_text="SKILL.md"))
    expect(
        skill_md.locator("tr.d-insert td.new", has_text="what was asked and not answered")
    ).to_be_visible()
    page.evaluate("document.getElementById('diff').scrollIntoView(); window.scrollBy(0, -70)")
    shot(page, "diff")
    version = RawSkill.objects.get(name="meeting-notes", state="pending").version.content_hash
    page.keyboard.press("a")  # approve (verdict pass: no confirmation)
    expect(page.locator(".messagelist")).to_contain_text(
        f"Approved meeting-notes and published version {version[:7]}."
    )

    # Sync a source from its page; the result and the log are shown there.
    page.goto("/admin/skills/skillsource/?q=northwind")
    page.get_by_role("link", name="northwind/community-skills").click()
    page.get_by_role("button", name="Sync now").click()
    expect(page.locator(".messagelist")).to_contain_text(
        "Synced northwind/community-skills: 2 found"
    )
    expect(page.locator("pre.sync-log")).to_contain_text("found 2: 0 new")

    # Resolve the open report with a reason.
    report = Report.objects.get(status="open")
    page.goto("/admin/moderation/report/?status__exact=open")
    page.locator(f'input[name="_selected_action"][value="{report.pk}"]').check()
    page.select_option('select[name="action"]', "resolve_selected")
    page.fill('input[name="reason"]', "Documented the writable home folder.")
    page.get_by_role("button", name="Go").click()
    expect(page.locator(".messagelist")).to_contain_text(
        f"Resolved the report: broken or does not work on {report.skill.slug}"
    )

    # Every action is in the decision log, with the moderator and the reason.
    page.goto("/admin/moderation/moderationdecision/")
    log = page.locator("#result_list")
    for text in (
        "Uploads the user's SSH keys and cloud credentials.",
        "Documented the writable home folder.",
    ):
        expect(log).to_contain_text(text)
    mine = ModerationDecision.objects.filter(moderator__username="e2e-mod")
    assert sorted(mine.values_list("action", flat=True)) == [
        "approve",
        "reject",
        "resolve_report",
        "source_sync",
    ]
    for action in ("Approve", "Reject", "Resolve report", "Sync source"):
        expect(log).to_contain_text(action)
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    assert not page.csp_errors


def test_the_review_page_fits_a_phone(page, admin_login):
    """At 390 px the findings stack (one block per finding) instead of a fixed-layout table
    wider than the screen whose matched-text column was squeezed to nothing."""
    call_command("load_demo", stdout=StringIO())
    admin_login()
    page.set_viewport_size({"width": 390, "height": 844})
    raw = RawSkill.objects.get(name="setup-helper", state=RawSkill.State.PENDING)
    page.goto(f"/admin/skills/rawskill/{raw.pk}/change/")
    excerpt = page.locator("table.findings code.excerpt").first
    expect(excerpt).to_be_visible()
    assert excerpt.bounding_box()["width"] > 200
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
