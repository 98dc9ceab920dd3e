from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def test_ensure_admin_creates_then_is_idempotent(settings, capsys):
    settings.ADMIN_USERNAME, settings.ADMIN_PASSWORD = "boss", "s3cret-pass-word"
    call_command("ensure_admin")
    call_command("ensure_admin")
    users = get_user_model().objects.filter(username="boss")
    assert users.count() == 1
    user = users.get()
    assert user.is_superuser and user.is_staff and user.check_password("s3cret-pass-word")
    assert capsys.readouterr().out.splitlines() == [
        "Created superuser 'boss'.",
        "Unchanged: superuser 'boss'.",
    ]


def test_ensure_admin_updates_the_password(settings):
    settings.ADMIN_USERNAME, settings.ADMIN_PASSWORD = "boss", "first-password-1"
    call_command("ensure_admin")
    settings.ADMIN_PASSWORD = "second-password-2"
    call_command("ensure_admin")
    assert get_user_model().objects.get(username="boss").check_password("second-password-2")


def test_ensure_admin_refuses_the_example_password_in_prod(settings):
    settings.IS_PROD = True
    settings.ADMIN_USERNAME, settings.ADMIN_PASSWORD = "boss", settings.EXAMPLE_ADMIN_PASSWORD
    with pytest.raises(CommandError, match="example"):
        call_command("ensure_admin")
    assert not get_user_model().objects.filter(username="boss").exists()


@pytest.mark.parametrize("password", ["1", "password123", "12345678901234", "iloveyou"])
def test_ensure_admin_refuses_weak_passwords_in_prod(settings, password):
    settings.IS_PROD = True
    settings.ADMIN_USERNAME, settings.ADMIN_PASSWORD = "boss", password
    with pytest.raises(CommandError, match="too weak"):
        call_command("ensure_admin")
    assert not get_user_model().objects.filter(username="boss").exists()


def test_ensure_admin_accepts_a_strong_password_in_prod(settings):
    settings.IS_PROD = True
    settings.ADMIN_USERNAME, settings.ADMIN_PASSWORD = "boss", "correct-horse-battery-staple-9"
    call_command("ensure_admin")
    assert get_user_model().objects.get(username="boss").check_password(settings.ADMIN_PASSWORD)


def _demo_counts():
    from moderation.models import ModerationDecision
    from rankings.models import SkillDailyCount, SkillEvent, SkillRankSnapshot
    from skills.models import Category, RawSkill, Skill, SkillFile, SkillVersion, Tag

    models = [
        Category,
        Tag,
        Skill,
        SkillVersion,
        SkillFile,
        RawSkill,
        SkillEvent,
        SkillDailyCount,
        SkillRankSnapshot,
        ModerationDecision,
    ]
    return {m.__name__: m.objects.count() for m in models}


def test_load_demo_fills_every_page_and_is_idempotent():
    from skills.models import Skill

    call_command("load_demo")
    first = _demo_counts()
    call_command("load_demo")
    assert _demo_counts() == first
    published = Skill.objects.published()
    assert published.count() >= 12
    assert not published.filter(latest_version__isnull=True).exists()
    assert published.filter(category__isnull=False).count() == published.count()
    assert first["SkillFile"] > published.count()  # skills come with their scripts and references
    pdf = published.select_related("latest_version").get(slug__endswith="/pdf-extract")
    link = f'href="{pdf.get_absolute_url()}-/files/references/ocr.md?version='
    assert link in pdf.latest_version.body_html  # a relative link that works
    assert (
        first["SkillEvent"] > 0 and first["SkillDailyCount"] > 0 and first["SkillRankSnapshot"] > 0
    )


def test_load_demo_leaves_work_in_the_review_queue():
    """After `make run` every console screen has something to try: a clean pending skill
    from an untrusted source, a risky one with findings in a script and in its SKILL.md,
    an update of a live skill with a diff and an added script, and an open report."""
    from moderation.models import Report, ScanResult
    from moderation.review import review_context
    from skills.models import RawSkill

    call_command("load_demo", stdout=StringIO())
    pending = {
        raw.name: raw
        for raw in RawSkill.objects.filter(state=RawSkill.State.PENDING).select_related(
            "source", "skill", "version"
        )
    }
    assert set(pending) == {"csv-cleaner", "setup-helper", "meeting-notes"}

    clean = pending["csv-cleaner"]
    assert not clean.source.is_trusted
    assert clean.security_verdict == "pass" and clean.skill.status == "pending"

    risky = pending["setup-helper"]
    assert not risky.source.is_trusted and risky.security_verdict == "fail"
    findings = ScanResult.objects.get(version=risky.version, engine="builtin").findings
    files = {f["file"] for f in findings}
    assert {"SKILL.md", "scripts/bootstrap.sh"} <= files
    assert {"injection.override", "exfil.credential-send"} <= {f["rule_id"] for f in findings}

    update = pending["meeting-notes"]
    assert update.skill.status == "published"
    assert update.skill.latest_version_id not in (None, update.version_id)
    context = review_context(update)
    assert [d.path for d in context["added_scripts"]] == ["scripts/export_tasks.py"]
    skill_md = next(d for d in context["diff"] if d.path == "SKILL.md")
    assert ("insert", "+- **Open questions**: what was asked and not answered.") in skill_md.unified

    report = Report.objects.get(status=Report.Status.OPEN)
    assert report.skill.status == "published" and report.details

    # The queue's order: the riskiest first.
    first = RawSkill.objects.filter(state=RawSkill.State.PENDING).review_queue().first()
    assert first.pk == risky.pk
