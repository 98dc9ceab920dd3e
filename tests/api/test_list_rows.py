"""The API list's rows are built from plain rows (skills.api.serializers.skill_list_data),
not by SkillListSerializer: the two must give the same JSON, key for key."""

from datetime import UTC, datetime

import orjson
import pytest
from django.test import RequestFactory

from skills.api.serializers import SkillListSerializer, skill_list_data, skill_list_rows
from skills.models import Skill
from tests.factories import (
    CategoryFactory,
    PublishedSkillFactory,
    SkillPopularityFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db


def test_list_rows_give_the_serializer_output_byte_for_byte():
    full = PublishedSkillFactory(name="full", stars=12, has_scripts=True, license="Apache-2.0")
    full.category = CategoryFactory(key="docs", name="Docs & 'Notes'")
    full.save()
    full.tags.add(*(TagFactory(key=k) for k in ("zeta", "alpha", "mid", "beta")))
    SkillPopularityFactory(skill=full, installs_total=4321)
    bare = PublishedSkillFactory(  # no category, popularity, tags or repository
        name="bare", repository_owner="", repository_name="", repository_url="", path=""
    )
    Skill.objects.filter(pk=bare.pk).update(published_at=None, slug="odd/sl ug/ä'x")
    # Whole seconds and a fraction with trailing zeros: PostgreSQL's text for them drops
    # digits that the ISO output keeps (read as text there: skills.api.serializers.list_columns).
    Skill.objects.filter(pk=full.pk).update(
        last_changed_at=datetime(2026, 12, 7, 10, 5, 33, 120000, tzinfo=UTC),
        published_at=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
    )
    request = RequestFactory().get("/api/v1/skills", HTTP_HOST="testserver")
    qs = Skill.objects.filter(pk__in=[full.pk, bare.pk]).order_by("name")

    fast = skill_list_data(skill_list_rows(qs), request=request)
    slow = SkillListSerializer(
        list(qs.select_related("category", "popularity").prefetch_related("tags")),
        many=True,
        context={"request": request},
    ).data

    assert orjson.dumps(fast) == orjson.dumps(slow)
    assert fast[1]["tags"] == ["alpha", "beta", "mid", "zeta"]
    assert fast[0]["category"] is None and fast[0]["published_at"] is None
    assert fast[1]["updated_at"] == "2026-12-07T10:05:33.120000Z"
    assert fast[1]["published_at"] == "2026-01-02T03:04:05Z"


def test_list_rows_of_nothing_is_an_empty_list():
    assert skill_list_data(skill_list_rows(Skill.objects.none()), request=None) == []


def test_row_urls_follow_each_request_host_though_their_paths_are_reversed_once(settings):
    from skills.api.serializers import SkillUrls

    settings.ALLOWED_HOSTS = ["one.example", "two.example"]
    one = SkillUrls(RequestFactory().get("/", HTTP_HOST="one.example"))
    two = SkillUrls(RequestFactory().get("/", HTTP_HOST="two.example"))

    assert one.html_for("a/b/c d") == "http://one.example/s/a/b/c%20d/"
    assert two.api_for("00000000-0000-4000-8000-000000000001") == (
        "http://two.example/api/v1/skills/00000000-0000-4000-8000-000000000001"
    )


@pytest.mark.parametrize(
    "slug",
    [
        "acme/tools/pdf",
        "a-b/c_d/e.f~g",
        "o/r/it's+(x)",
        "o/r/c d",
        "o/r/한국어",
        "o/r/100%",
        "o/r/a?b#c",
    ],
)
def test_a_row_url_quotes_its_slug_as_reverse_does_whether_or_not_it_needs_quoting(slug):
    from urllib.parse import quote

    from skills.api.serializers import _SAFE, SkillUrls

    urls = SkillUrls(RequestFactory().get("/", HTTP_HOST="testserver"))

    assert urls.html_for(slug) == f"http://testserver/s/{quote(slug, safe=_SAFE)}/"
