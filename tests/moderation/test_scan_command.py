"""manage.py scan_skills: rescans from stored files, --changed-rules, --dry-run, failures
recorded without aborting, skills whose shown version now fails are hidden."""

from __future__ import annotations

import importlib.machinery
import sys
import types
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from moderation.models import ModerationDecision, ScanResult
from moderation.scanner import RULES_HASH, SCANNER_VERSION, ScanReport
from moderation.services import raw_skill_approve, skill_unhide
from skills.models import RawSkill, Skill, SkillFile
from tests.factories import RawSkillFactory, SkillFactory
from tests.moderation.test_findings import FAIL_SCRIPT, REVIEW_SCRIPT, SKILL_MD, version_with_files

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = StringIO()
    call_command("scan_skills", *args, stdout=out)
    return out.getvalue()


def age_scan(version, *, verdict=None, rules_hash="old-rules"):
    """Pretend the version was scanned by older rules (and, optionally, got another verdict)."""
    ScanResult.objects.filter(version=version).update(rules_hash=rules_hash)
    if verdict is not None:
        version.security_verdict = verdict
        version.save(update_fields=["security_verdict"])
        RawSkill.objects.filter(version=version).update(security_verdict=verdict)
        Skill.objects.filter(latest_version=version).update(security_verdict=verdict)


def published_with(files, verdict_before=None):
    raw_version = version_with_files(files)
    raw = RawSkillFactory(version=raw_version, security_verdict=raw_version.security_verdict)
    if verdict_before is not None:
        age_scan(raw_version, verdict=verdict_before)
    raw_skill_approve(raw_skill=raw)
    raw_version.refresh_from_db()
    return Skill.objects.get(pk=raw_version.skill_id), raw_version


def test_it_needs_to_be_told_which_versions():
    with pytest.raises(CommandError, match="--all"):
        run()
    with pytest.raises(CommandError, match="No skill"):
        run("--skill", "nobody/nothing/here")


def test_all_rescans_every_version_and_prints_a_summary():
    ok = version_with_files({"SKILL.md": SKILL_MD})
    review = version_with_files({"SKILL.md": SKILL_MD, "scripts/run.sh": REVIEW_SCRIPT})
    ScanResult.objects.all().update(scanner_version="0.0.1")
    out = run("--all")
    assert "Scanning 2 version(s)" in out
    assert "Scanned 2, failed 0" in out
    assert "Verdicts: pass 1, review 1" in out
    assert "Changed verdicts: 0" in out
    assert "[2/2]" in out
    assert set(ScanResult.objects.values_list("scanner_version", flat=True)) == {SCANNER_VERSION}
    ok.refresh_from_db()
    review.refresh_from_db()
    assert (ok.security_verdict, review.security_verdict) == ("pass", "review")


def test_changed_rules_only_rescans_versions_scanned_by_other_rules():
    current = version_with_files({"SKILL.md": SKILL_MD})
    stale = version_with_files({"SKILL.md": SKILL_MD})
    never = version_with_files({"SKILL.md": SKILL_MD}, scan=False)
    other_version = version_with_files({"SKILL.md": SKILL_MD})
    age_scan(stale)
    ScanResult.objects.filter(version=other_version).update(scanner_version="0.9")
    before = ScanResult.objects.get(version=current).scanned_at
    out = run("--changed-rules")
    assert "Scanning 3 version(s)" in out
    assert ScanResult.objects.get(version=current).scanned_at == before
    for version in (stale, never, other_version):
        scan = ScanResult.objects.get(version=version, engine="builtin")
        assert (scan.rules_hash, scan.scanner_version) == (RULES_HASH, SCANNER_VERSION)
    assert "Scanning 0 version(s)" in run("--changed-rules")


def test_skill_option_takes_a_slug_or_an_id():
    a = version_with_files({"SKILL.md": SKILL_MD})
    b = version_with_files({"SKILL.md": SKILL_MD})
    assert "Scanning 1 version(s)" in run("--skill", a.skill.slug)
    assert "Scanning 1 version(s)" in run("--skill", str(b.skill_id))


def test_a_published_skill_whose_shown_version_now_fails_is_hidden():
    skill, version = published_with(
        {"SKILL.md": SKILL_MD, "scripts/run.sh": FAIL_SCRIPT}, verdict_before="pass"
    )
    assert (skill.status, skill.security_verdict) == ("published", "pass")

    out = run("--changed-rules")

    assert "Changed verdicts: 1 (pass->fail 1)" in out
    assert "Skills hidden because their shown version now fails: 1" in out
    skill.refresh_from_db()
    version.refresh_from_db()
    assert (skill.status, skill.security_verdict, version.security_verdict) == (
        "hidden",
        "fail",
        "fail",
    )
    decision = ModerationDecision.objects.get(action=ModerationDecision.Action.HIDE)
    assert decision.moderator is None and decision.skill_id == skill.pk
    assert decision.reason == f"security scan failed (rules {RULES_HASH[:12]})"
    assert (decision.from_state, decision.to_state) == ("published", "hidden")


def test_a_moderators_unhide_sticks_when_the_verdict_does_not_change():
    skill, _version = published_with(
        {"SKILL.md": SKILL_MD, "scripts/run.sh": FAIL_SCRIPT}, verdict_before="pass"
    )
    run("--all")
    skill_unhide(skill=Skill.objects.get(pk=skill.pk), reason="reviewed by hand: an installer")
    run("--all")
    assert Skill.objects.get(pk=skill.pk).status == "published"


def test_a_better_verdict_updates_the_skill_but_does_not_unhide_it():
    skill, _version = published_with({"SKILL.md": SKILL_MD}, verdict_before="fail")
    Skill.objects.filter(pk=skill.pk).update(status=Skill.Status.HIDDEN)
    out = run("--changed-rules")
    assert "fail->pass 1" in out
    skill.refresh_from_db()
    assert (skill.status, skill.security_verdict) == ("hidden", "pass")


def test_an_older_version_failing_changes_nothing_on_the_skill():
    skill, _shown = published_with({"SKILL.md": SKILL_MD})
    old = version_with_files({"SKILL.md": SKILL_MD, "scripts/run.sh": FAIL_SCRIPT}, skill=skill)
    age_scan(old, verdict="pass")
    run("--changed-rules")
    skill.refresh_from_db()
    old.refresh_from_db()
    assert old.security_verdict == "fail"
    assert (skill.status, skill.security_verdict) == ("published", "pass")


def test_pending_raw_skills_get_the_new_verdict_and_risk():
    version = version_with_files({"SKILL.md": SKILL_MD, "scripts/run.sh": FAIL_SCRIPT})
    raw = RawSkillFactory(version=version, security_verdict="pass", risk_score=0)
    age_scan(version, verdict="pass")
    run("--changed-rules")
    raw.refresh_from_db()
    assert raw.state == "pending"
    assert raw.security_verdict == "fail" and raw.risk_score > 0


def test_dry_run_writes_nothing():
    skill, version = published_with(
        {"SKILL.md": SKILL_MD, "scripts/run.sh": FAIL_SCRIPT}, verdict_before="pass"
    )
    out = run("--changed-rules", "--dry-run")
    assert "dry run" in out and "pass -> fail" in out and "Changed verdicts: 1" in out
    skill.refresh_from_db()
    version.refresh_from_db()
    assert (skill.status, version.security_verdict) == ("published", "pass")
    assert ScanResult.objects.get(version=version).rules_hash == "old-rules"
    assert not ModerationDecision.objects.filter(action="hide").exists()


def test_an_unreadable_file_is_recorded_and_the_run_goes_on(caplog):
    broken = version_with_files({"SKILL.md": SKILL_MD, "scripts/run.sh": FAIL_SCRIPT})
    fine = version_with_files({"SKILL.md": SKILL_MD})
    age_scan(broken, verdict="pass")
    age_scan(fine)
    SkillFile.objects.filter(version=broken, path="scripts/run.sh").update(
        storage_key="blobs/00/missing"
    )
    out = run("--changed-rules")
    assert "Scanned 1, failed 1" in out
    assert f"failed {broken.skill.slug}@{broken.short_hash}" in out
    broken.refresh_from_db()
    assert broken.security_verdict == "pass"  # kept: a partial rescan could hide a fail
    assert ScanResult.objects.get(version=fine).rules_hash == RULES_HASH
    assert any("scan_skills" in r.getMessage() for r in caplog.records)
    # The failure is stored on the version, counted, and cleared by the next completed scan.
    assert broken.scan_error_count == 1 and "missing" in broken.scan_error
    run("--changed-rules")
    broken.refresh_from_db()
    assert broken.scan_error_count == 2
    SkillFile.objects.filter(version=broken, path="scripts/run.sh").delete()
    run("--changed-rules")
    broken.refresh_from_db()
    assert (broken.scan_error, broken.scan_error_count) == ("", 0)
    assert ScanResult.objects.get(version=broken).rules_hash == RULES_HASH


def test_a_dry_run_stores_no_failure():
    broken = version_with_files({"SKILL.md": SKILL_MD, "scripts/run.sh": FAIL_SCRIPT})
    age_scan(broken, verdict="pass")
    SkillFile.objects.filter(version=broken, path="scripts/run.sh").update(
        storage_key="blobs/00/missing"
    )
    assert "failed 1" in run("--changed-rules", "--dry-run")
    broken.refresh_from_db()
    assert broken.scan_error_count == 0


def test_removed_skills_are_not_rescanned():
    version = version_with_files({"SKILL.md": SKILL_MD})
    Skill.objects.filter(pk=version.skill_id).update(status=Skill.Status.REMOVED)
    assert "Scanning 0 version(s)" in run("--all")


def test_binary_files_are_given_to_the_scanner():
    elf = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 64
    version = version_with_files({"SKILL.md": SKILL_MD, "bin/tool": elf}, scan=False)
    SkillFile.objects.filter(version=version, path="bin/tool").update(is_text=False)
    run("--all")
    rules = {f["rule_id"] for f in ScanResult.objects.get(version=version).findings}
    assert any(r.startswith("binary.") for r in rules), rules


def test_cisco_engine_is_skipped_cleanly_when_absent(monkeypatch):
    monkeypatch.setattr("moderation.scanner.cisco.cisco_available", lambda: False)
    version_with_files({"SKILL.md": SKILL_MD})
    out = run("--all", "--engine", "cisco")
    assert "cisco engine skipped" in out
    assert "Scanned 1, failed 0" in out
    assert list(ScanResult.objects.values_list("engine", flat=True)) == ["builtin"]


def test_cisco_engine_results_are_stored_beside_the_builtin_ones(monkeypatch):
    module = types.ModuleType("moderation.scanner.cisco")
    module.__spec__ = importlib.machinery.ModuleSpec("moderation.scanner.cisco", None)
    module.cisco_available = lambda: True
    module.scan_files_cisco = lambda files: ScanReport(
        verdict="review", risk_score=12, scanner_version="cisco-1", engine="cisco"
    )
    monkeypatch.setitem(sys.modules, "moderation.scanner.cisco", module)
    version = version_with_files({"SKILL.md": SKILL_MD})
    out = run("--all", "--engine", "cisco")
    assert "cisco engine results stored: 1" in out
    cisco = ScanResult.objects.get(version=version, engine="cisco")
    assert (cisco.verdict, cisco.risk_score, cisco.scanner_version) == ("review", 12, "cisco-1")
    version.refresh_from_db()
    assert version.security_verdict == "pass"  # the builtin verdict decides


def test_a_skill_without_versions_is_fine():
    SkillFactory()
    assert "Scanned 0, failed 0" in run("--all")
