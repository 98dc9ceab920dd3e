"""The ingestion pipeline on small local git repositories."""

from __future__ import annotations

import shutil

import pytest
from django.test import Client

from moderation.models import ModerationDecision, ScanResult
from skills.ingestion.sources.services import source_create
from skills.ingestion.sync import source_sync
from skills.models import RawSkill, Skill, SkillFile, SkillSource, SkillSourceLink, SkillVersion
from skills.storage import blob_read
from tests.skills.fixtures.gitrepo import commit_all, make_repo, skill_md, write_files

pytestmark = pytest.mark.django_db


@pytest.fixture
def repo(tmp_path):
    return make_repo(
        tmp_path / "acme-skills",
        {
            "skills/pdf-tools/SKILL.md": skill_md("pdf-tools", body="Read PDFs."),
            "skills/pdf-tools/scripts/extract.py": "print('extract')\n",
            "skills/csv-tools/SKILL.md": skill_md("csv-tools", body="Read CSVs."),
            "skills/Bad Name/SKILL.md": "no frontmatter at all\n",
            "README.md": "# acme\n",
        },
    )


def _src(repo, **kw):
    return source_create(url=str(repo), name="acme/skills", **kw)


def _state():
    """Everything ingestion wrote, comparable across runs."""
    return {
        "skills": sorted(
            Skill.objects.values_list("slug", "status", "latest_version__content_hash")
        ),
        "versions": sorted(
            SkillVersion.objects.values_list("skill__slug", "content_hash", "security_verdict")
        ),
        "raw": sorted(RawSkill.objects.values_list("path", "content_hash", "state")),
        "files": SkillFile.objects.count(),
        "links": sorted(SkillSourceLink.objects.values_list("skill__slug", "path", "is_canonical")),
    }


def test_first_sync_records_skills_refusals_versions_and_files(repo):
    source = _src(repo)
    result = source_sync(source=source)
    assert result.error == ""
    assert (result.found, result.new, result.changed, result.unchanged) == (3, 2, 0, 0)
    assert sum(result.refused.values()) >= 1
    pdf = Skill.objects.get(slug="acme/skills/pdf-tools")
    assert pdf.status == Skill.Status.PENDING
    assert pdf.repository_owner == "acme"
    version = pdf.versions.get()
    assert {f.path for f in version.files.all()} == {"SKILL.md", "scripts/extract.py"}
    script = version.files.get(path="scripts/extract.py")
    assert blob_read(script.storage_key) == b"print('extract')\n"
    assert ScanResult.objects.filter(version=version, engine="builtin").exists()
    assert version.security_verdict in {"pass", "review", "fail"}
    refused = RawSkill.objects.get(path="skills/Bad Name")
    assert refused.state == RawSkill.State.REJECTED and refused.skill is None and refused.problems
    assert ModerationDecision.objects.filter(raw_skill=refused, action="reject").exists()
    assert RawSkill.objects.filter(state=RawSkill.State.PENDING).count() == 2
    source.refresh_from_db()
    assert source.last_stats["new"] == 2 and source.last_commit and source.last_success_at


def test_resync_without_changes_writes_no_rows(repo):
    source = _src(repo)
    source_sync(source=source)
    before = _state()
    counts = (
        RawSkill.objects.count(),
        SkillVersion.objects.count(),
        ModerationDecision.objects.count(),
    )
    result = source_sync(source=source)
    assert (result.new, result.changed, result.unchanged) == (0, 0, 3)
    assert _state() == before
    assert counts == (
        RawSkill.objects.count(),
        SkillVersion.objects.count(),
        ModerationDecision.objects.count(),
    )


def test_changed_content_makes_a_new_version_and_pending_raw_skill(repo):
    source = _src(repo, trusted=True)
    source_sync(source=source)
    pdf = Skill.objects.get(slug="acme/skills/pdf-tools")
    first = pdf.latest_version
    write_files(
        repo, {"skills/pdf-tools/SKILL.md": skill_md("pdf-tools", body="Read PDFs faster.")}
    )
    commit_all(repo)
    result = source_sync(source=source)
    assert (result.new, result.changed) == (0, 1)
    pdf.refresh_from_db()
    assert pdf.versions.count() == 2 and pdf.latest_version != first


def test_trusted_source_publishes_and_untrusted_waits(repo, tmp_path):
    trusted = _src(repo, trusted=True)
    result = source_sync(source=trusted)
    assert result.published == 2
    assert set(Skill.objects.values_list("status", flat=True)) == {Skill.Status.PUBLISHED}
    assert (
        ModerationDecision.objects.filter(action=ModerationDecision.Action.AUTO_PUBLISH).count()
        == 2
    )

    other = make_repo(tmp_path / "other", {"x/SKILL.md": skill_md("x-tool")})
    untrusted = source_create(url=str(other), name="someone/other")
    source_sync(source=untrusted)
    skill = Skill.objects.get(slug="someone/other/x-tool")
    assert skill.status == Skill.Status.PENDING
    assert RawSkill.objects.get(skill=skill).state == RawSkill.State.PENDING


def test_scan_fail_is_never_auto_published(tmp_path, monkeypatch):
    from moderation import scanning
    from moderation.scanner.findings import ScanReport

    def failing_scan(files, *, frontmatter=None):
        return ScanReport(verdict="fail", risk_score=90, scanner_version="test", rules_hash="x")

    monkeypatch.setattr("moderation.scanner.scan_files", failing_scan)
    assert scanning  # the module imports the scanner lazily, at call time
    repo = make_repo(tmp_path / "r", {"evil/SKILL.md": skill_md("evil-tool")})
    source = source_create(url=str(repo), name="bad/actor", trusted=True)
    result = source_sync(source=source)
    assert result.published == 0
    skill = Skill.objects.get()
    assert skill.status == Skill.Status.PENDING
    raw = RawSkill.objects.get()
    assert (
        raw.state == RawSkill.State.PENDING
        and raw.security_verdict == "fail"
        and raw.risk_score == 90
    )


def test_same_content_in_two_sources_is_one_skill_with_two_links(repo, tmp_path):
    mirror = tmp_path / "mirror"
    shutil.copytree(repo, mirror)
    first = _src(repo)
    second = source_create(url=str(mirror), name="fork/skills")
    source_sync(source=first)
    result = source_sync(source=second)
    assert result.new == 2
    assert Skill.objects.count() == 2
    pdf = Skill.objects.get(slug="acme/skills/pdf-tools")
    links = list(pdf.source_links.order_by("first_seen_at"))
    assert [link.source for link in links] == [first, second]
    assert [link.is_canonical for link in links] == [True, False]
    assert pdf.versions.count() == 1


def test_github_source_becomes_canonical_over_a_list_child(repo):
    parent = source_create(url="https://example.com/awesome.md", kind="list", name="awesome")
    child = source_create(
        url=str(repo) + "#skills", kind="git", name="acme/skills (skills)", parent=parent
    )
    source_sync(source=child)
    pdf = Skill.objects.get(slug="acme/skills/pdf-tools")
    assert pdf.source_links.get().is_canonical
    direct = _src(repo)
    direct.kind = SkillSource.Kind.GIT
    source_sync(source=direct)
    canonical = pdf.source_links.get(is_canonical=True)
    assert canonical.source == direct


def test_skill_missing_for_three_syncs_is_gone_then_comes_back(repo, settings):
    settings.SYNC_GONE_AFTER = 3
    source = _src(repo)
    source_sync(source=source)
    shutil.move(repo / "skills" / "csv-tools", repo.parent / "csv-aside")
    commit_all(repo, "remove csv")
    for expected_gone in (0, 0, 1):
        result = source_sync(source=source)
        assert result.gone == expected_gone
    csv = Skill.objects.get(slug="acme/skills/csv-tools")
    assert csv.gone_at is not None
    assert csv.source_links.get().missing_syncs == 3
    assert Skill.objects.get(slug="acme/skills/pdf-tools").gone_at is None
    shutil.move(repo.parent / "csv-aside", repo / "skills" / "csv-tools")
    commit_all(repo, "restore csv")
    result = source_sync(source=source)
    assert result.returned == 1 and result.unchanged == 3
    csv.refresh_from_db()
    assert csv.gone_at is None and csv.source_links.get().missing_syncs == 0


def test_same_name_in_two_folders_gets_distinct_slugs(tmp_path):
    repo = make_repo(
        tmp_path / "multi",
        {
            "plugins/alpha/skills/review/SKILL.md": skill_md("review", body="Alpha."),
            "plugins/beta/skills/review/SKILL.md": skill_md("review", body="Beta."),
        },
    )
    source_sync(source=source_create(url=str(repo), name="org/plugins"))
    assert sorted(Skill.objects.values_list("slug", flat=True)) == [
        "org/plugins/review",
        "org/plugins/review-beta",
    ]


def test_escaping_symlink_is_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"TOP-SECRET-BYTES-1234\n")
    repo = make_repo(tmp_path / "linky", {"s/SKILL.md": skill_md("linky")})
    (repo / "s" / "leak.txt").symlink_to(secret)
    commit_all(repo, "add link")
    source_sync(source=source_create(url=str(repo), name="x/linky"))
    version = SkillVersion.objects.get()
    leak = version.files.get(path="leak.txt")
    assert leak.storage_key == "" and leak.sha256 == ""
    assert any(p["code"] == "symlink.escapes" for p in version.problems)
    media = tmp_path / "media"
    for blob in media.rglob("*"):
        if blob.is_file():
            assert b"TOP-SECRET" not in blob.read_bytes()


def test_interrupted_sync_then_rerun_equals_an_uninterrupted_sync(tmp_path, django_db_blocker):
    files = {
        f"skills/s{i:02d}/SKILL.md": skill_md(f"s{i:02d}", body=f"Skill {i}.") for i in range(8)
    }
    files["skills/broken/SKILL.md"] = "---\nname: [unclosed\n---\n"
    repo = make_repo(tmp_path / "many", files)

    source = source_create(url=str(repo), name="many/skills", trusted=True)
    source_sync(source=source)
    expected = _state()
    for model in (RawSkill, Skill, SkillSourceLink):
        model.objects.all().delete()
    SkillSource.objects.filter(pk=source.pk).update(last_commit="", last_stats={})
    source.refresh_from_db()
    assert _state()["skills"] == []

    class Killed(BaseException):
        pass

    def kill_after_four(event, done, total):
        if event == "skill" and done == 4:
            raise Killed

    with pytest.raises(Killed):
        source_sync(source=source, progress=kill_after_four)
    assert 0 < Skill.objects.count() < 8
    result = source_sync(source=source)
    assert result.unchanged == 4 and result.new + sum(result.refused.values()) >= 4
    assert _state() == expected


def test_one_bad_skill_does_not_stop_the_others(repo, monkeypatch):
    from skills.ingestion.sync import write

    real = write.SyncWriter._write

    def explode(self, ds, **kw):
        if ds.path == "skills/csv-tools":
            raise RuntimeError("disk on fire")
        return real(self, ds, **kw)

    monkeypatch.setattr(write.SyncWriter, "_write", explode)
    source = _src(repo)
    result = source_sync(source=source)
    assert result.new == 1 and result.skill_errors[0]["path"] == "skills/csv-tools"
    source.refresh_from_db()
    assert "could not be written" in source.last_error
    assert source.last_stats["skill_errors"][0]["error"] == "RuntimeError: disk on fire"
    monkeypatch.setattr(write.SyncWriter, "_write", real)
    assert source_sync(source=source).new == 1


def test_fetch_failure_is_recorded_and_source_fails_after_three(tmp_path):
    source = source_create(url=str(tmp_path / "nowhere"), kind="git", name="gone/repo")
    for _ in range(3):
        result = source_sync(source=source)
        assert result.error
    source.refresh_from_db()
    assert source.error_count == 3 and source.status == SkillSource.Status.FAILING
    assert "No such folder" in source.last_error


def test_dry_run_writes_nothing(repo):
    source = _src(repo)
    result = source_sync(source=source, dry_run=True)
    assert result.found == 3 and result.new == 2
    assert not RawSkill.objects.exists() and not Skill.objects.exists()


def test_unmoved_commit_skips_the_fetch_but_still_counts_misses(repo, monkeypatch):
    from skills.ingestion.sources.git import GitAdapter

    source = _src(repo)
    source_sync(source=source)
    source.refresh_from_db()
    monkeypatch.setattr(GitAdapter, "fetch", lambda *a, **k: pytest.fail("fetched again"))
    result = source_sync(source=source)
    assert result.same_commit and result.unchanged == 3 and result.new == 0
    assert result.refused == source.last_stats["refused"]


def test_full_sync_ignores_the_unmoved_commit(repo):
    source = _src(repo)
    source_sync(source=source)
    result = source_sync(source=source, full=True)
    assert not result.same_commit and result.unchanged == 3


def _many_skills_repo(path):
    files = {}
    for i in range(20):
        name = f"tool-{i:02d}"
        files[f"skills/{name}/SKILL.md"] = skill_md(
            name, body=f"# Tool {i}\n\n```python\nprint({i})\n```\n"
        )
        files[f"skills/{name}/scripts/run.sh"] = f"echo {i}\n"
    return make_repo(path, files)


def test_worker_processes_write_the_same_as_one_process(tmp_path, settings):
    repo = _many_skills_repo(tmp_path / "many")
    settings.SYNC_WORKERS = 1
    result = source_sync(source=_src(repo, trusted=True))
    one_process = _state()
    html = sorted(SkillVersion.objects.values_list("content_hash", "body_html"))
    assert result.new == 20 and not result.skill_errors

    Skill.objects.all().delete()
    RawSkill.objects.all().delete()
    SkillSource.objects.all().delete()
    settings.SYNC_WORKERS = 2
    result = source_sync(source=_src(repo, trusted=True))
    assert result.new == 20 and not result.skill_errors
    assert _state() == one_process
    assert sorted(SkillVersion.objects.values_list("content_hash", "body_html")) == html
    assert all('<pre class="highlight">' in body for _hash, body in html)
    assert ScanResult.objects.count() == 20


def test_binary_files_are_scanned_at_ingestion(tmp_path):
    repo = make_repo(
        tmp_path / "bin-skill",
        {
            "skills/tool/SKILL.md": skill_md("tool", body="Runs the bundled tool."),
            "skills/tool/bin/tool": "\x7fELF\x02\x01\x01" + "\x00" * 40,
        },
    )
    source_sync(source=_src(repo))
    rules = {f["rule_id"] for f in ScanResult.objects.get().findings}
    assert any(rule.startswith("binary.") for rule in rules), rules


def test_a_skill_named_in_japanese_keeps_its_name_in_its_url(tmp_path, client):
    repo = make_repo(
        tmp_path / "jp",
        {
            "skills/要約/SKILL.md": "---\nname: 日本語-要約\ndescription: 文書を要約します。\n---\n本文\n",
        },
    )
    source_sync(source=_src(repo, trusted=True))
    skill = Skill.objects.get()
    assert skill.slug == "acme/skills/日本語-要約"
    assert client.get(skill.get_absolute_url()).status_code == 200


def test_an_error_in_any_file_means_the_skill_is_not_spec_valid(tmp_path):
    """SKILL.md is fine, but a file beside it is a symlink escaping the repository (an error):
    the skill, its version and its raw skill are never labelled "Spec valid"."""
    outside = tmp_path / "outside.txt"
    outside.write_text("elsewhere\n")
    repo = make_repo(tmp_path / "linky", {"s/SKILL.md": skill_md("s", body="Fine text.")})
    (repo / "s" / "notes.txt").symlink_to(outside)
    commit_all(repo, "add link")
    source_sync(source=source_create(url=str(repo), name="x/linky", trusted=True))
    version = SkillVersion.objects.get()
    assert any(
        p["code"] == "symlink.escapes" and p["severity"] == "error" for p in version.problems
    )
    assert not any(
        p["severity"] == "error" and p["path"] in (None, "SKILL.md") for p in version.problems
    )
    assert version.is_spec_valid is False
    assert RawSkill.objects.get().is_spec_valid is False
    skill = Skill.objects.get()
    assert skill.status == Skill.Status.PUBLISHED and skill.is_spec_valid is False
    page = Client().get(f"/s/{skill.slug}/").content.decode()
    assert '"badge badge-ok">Spec valid' not in page and "Spec problems" in page


def test_a_skill_without_errors_is_spec_valid(tmp_path):
    repo = make_repo(tmp_path / "ok", {"s/SKILL.md": skill_md("s", body="Fine text.")})
    source_sync(source=source_create(url=str(repo), name="x/ok", trusted=True))
    assert Skill.objects.get().is_spec_valid is True
    page = Client().get(f"/s/{Skill.objects.get().slug}/").content.decode()
    assert '"badge badge-ok">Spec valid' in page
