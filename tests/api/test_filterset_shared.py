"""The skill list's FilterSet shares its filters and its form's fields between requests
(skills.api.filters.SkillFilterSet): validating one request must leave nothing behind for
the next."""

import pytest
from django.http import QueryDict

from skills.api.filters import SkillFilterSet
from tests.api.conftest import make_skill

pytestmark = pytest.mark.django_db


def test_filterset_instances_share_one_form_class_and_its_fields():
    first = SkillFilterSet(QueryDict("has_scripts=true"))
    second = SkillFilterSet(QueryDict("sort=name"))

    assert type(first.form) is type(second.form)
    assert first.form.fields is second.form.fields is type(first.form).base_fields
    assert first.filters is SkillFilterSet.base_filters
    assert first.is_valid() and second.is_valid()
    assert first.form.cleaned_data["has_scripts"] is True
    assert second.form.cleaned_data["has_scripts"] is None


def test_an_invalid_request_leaves_nothing_for_the_next(api):
    make_skill("pdf-tools")

    bad = api.get("/api/v1/skills", {"has_scripts": "maybe", "verdict": "nope"})
    good = api.get("/api/v1/skills", {"has_scripts": "false"})
    bad_again = api.get("/api/v1/skills", {"verdict": "nope"})

    assert bad.status_code == 400
    assert set(bad.json()["errors"]) == {"has_scripts", "verdict"}
    assert good.status_code == 200 and good.json()["count"] == 1
    assert bad_again.status_code == 400 and set(bad_again.json()["errors"]) == {"verdict"}
