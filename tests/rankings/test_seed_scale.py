from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command

from rankings.models import SkillEvent
from skills.models import Skill
from tests.factories import PublishedSkillFactory

pytestmark = pytest.mark.django_db


def test_seed_scale_is_deterministic_and_realistic():
    call_command("seed_scale", "--skills", "60", "--events", "3000", "--seed", "7")
    first = sorted(Skill.objects.values_list("slug", "stars", "security_verdict"))
    kinds = dict.fromkeys(SkillEvent.objects.values_list("kind", flat=True))
    call_command("seed_scale", "--skills", "60", "--events", "3000", "--seed", "7")  # replaces
    assert sorted(Skill.objects.values_list("slug", "stars", "security_verdict")) == first
    assert Skill.objects.published().count() == 60
    assert not Skill.objects.filter(latest_version__isnull=True).exists()
    assert SkillEvent.objects.count() == 3000
    assert SkillEvent.objects.filter(is_bot=True, counted=False).exists()
    assert set(kinds) == {"view", "copy", "download", "install"}
    assert Skill.objects.filter(tags__isnull=False).distinct().count() == 60


def test_seed_scale_refuses_a_database_with_real_skills():
    PublishedSkillFactory()
    with pytest.raises(CommandError, match="refusing"):
        call_command("seed_scale", "--skills", "5", "--events", "10")
    call_command("seed_scale", "--skills", "5", "--events", "10", "--force")
    assert Skill.objects.count() == 6
