from __future__ import annotations

import pytest
from django.urls import reverse

from rankings.services.run import rankings_compute
from tests.factories import PublishedSkillFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "model", ["skillevent", "skilldailycount", "skillpopularity", "skillranksnapshot"]
)
def test_rankings_admin_lists_are_read_only(staff_client, add_events, model):
    skill = PublishedSkillFactory()
    add_events(skill, "install", 2)
    rankings_compute()
    response = staff_client.get(reverse(f"admin:rankings_{model}_changelist"))
    assert response.status_code == 200
    assert staff_client.get(reverse(f"admin:rankings_{model}_add")).status_code == 403


def test_popularity_admin_explains_the_score(staff_client, add_events):
    skill = PublishedSkillFactory()
    add_events(skill, "install", 9)
    rankings_compute()
    response = staff_client.get(reverse("admin:rankings_skillpopularity_change", args=[skill.pk]))
    assert response.status_code == 200 and "Installs this week: +8.0" in response.content.decode()
