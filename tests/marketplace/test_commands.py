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
    assert (
        first["SkillEvent"] > 0 and first["SkillDailyCount"] > 0 and first["SkillRankSnapshot"] > 0
    )
