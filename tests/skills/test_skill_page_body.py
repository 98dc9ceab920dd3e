"""The skill page's body, rendered by Jinja2 (skills.page): escaped as Django escapes, the
translated sentences filled as `blocktranslate` fills them, the page cache still able to
store it (the CSRF field is the page cache's marker while it renders)."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from skills.models import Skill
from skills.page import fill
from tests.factories import PublishedSkillFactory, SkillVersionFactory

pytestmark = pytest.mark.django_db


def test_values_are_escaped_as_django_escapes_them():
    skill = PublishedSkillFactory(
        name="x",
        publish__description='Says "hi" & <script>alert(1)</script> it\'s',
        repository_owner="o",
        repository_name="r",
    )
    html = Client().get(skill.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "Says &quot;hi&quot; &amp; &lt;script&gt;alert(1)&lt;/script&gt; it&#x27;s" in html
    assert 'data-label-failed="Select & copy"' in html  # a literal translation, as Django


def test_fill_escapes_the_values_and_trusts_the_text():
    assert fill("<b>%(name)s</b> %(n)s%% similar", name="<i>", n=87) == (
        "<b>&lt;i&gt;</b> 87% similar"
    )


def test_older_version_and_staff_notices_and_plural_sentences():
    skill = PublishedSkillFactory(name="kit", repository_owner="o", repository_name="r")
    old = SkillVersionFactory(skill=skill, name="kit")
    html = Client().get(skill.get_absolute_url(), {"version": old.content_hash}).content.decode()
    assert "You are viewing an older version (<code>" in html
    assert "0 files · 0\xa0bytes" in html
    assert f"Version <code>{old.short_hash}</code> · 0 of 0 files" in html
    korean = Client(HTTP_ACCEPT_LANGUAGE="ko").get(skill.get_absolute_url()).content.decode()
    assert "파일 0개" in korean
    Skill.objects.filter(pk=skill.pk).update(status=Skill.Status.HIDDEN)
    staff = get_user_model().objects.create_user("mod", password="x", is_staff=True)
    client = Client()
    client.force_login(staff, backend="django.contrib.auth.backends.ModelBackend")
    html = client.get(skill.get_absolute_url()).content.decode()
    assert "This skill is <strong>hidden</strong>: only staff can see this page." in html


def test_the_page_cache_stores_the_page_and_gives_each_visitor_a_token(settings):
    settings.PAGE_CACHE_SECONDS = 60
    skill = PublishedSkillFactory()
    first = Client().get(skill.get_absolute_url())
    second = Client().get(skill.get_absolute_url())
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    assert b'name="csrfmiddlewaretoken" value="pagecache-' not in second.content
    assert b'name="csrfmiddlewaretoken"' in second.content


def test_the_latest_versions_review_date_is_its_latest_approval():
    from datetime import UTC, datetime

    from skills.models import RawSkill
    from tests.factories import RawSkillFactory

    skill = PublishedSkillFactory()
    approved = RawSkill.State.APPROVED
    for when in (datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 5, 2, tzinfo=UTC), None):
        RawSkillFactory(version=skill.latest_version, state=approved, reviewed_at=when)
    html = Client().get(skill.get_absolute_url()).content.decode()
    box = html[html.index('id="what-you-install"') :]
    assert "<dt>Reviewed</dt><dd>May 2, 2026</dd>" in box


def test_literals_are_translated_once_per_language_and_process(client, settings):
    from marketplace import jinja2
    from skills import page

    skill = PublishedSkillFactory()
    english = client.get(skill.get_absolute_url()).content.decode()
    korean = client.get(skill.get_absolute_url(), {"lang": "ko"}).content.decode()
    assert "Report this skill" in english and "Report this skill" not in korean
    # The body's literals are written into its source, one compiled copy per language
    # (marketplace.jinja2.literal_template); the few left to `_()` are kept per language.
    assert {"en", "ko"} <= set(jinja2._LITERAL_ENVIRONMENTS)
    assert {language for language, _text in page._LITERALS} == {"en", "ko"}
    assert client.get(skill.get_absolute_url()).content.decode().count("Report this skill") == 1
    settings.APP_NAME = "changed"  # any setting change drops them
    assert not page._LITERALS and not jinja2._LITERAL_ENVIRONMENTS


def test_the_report_forms_fields_are_rendered_once_per_language(client, settings):
    from skills import page

    skill = PublishedSkillFactory()
    html = client.get(skill.get_absolute_url()).content.decode()
    assert (
        'name="reason"' in html
        and 'name="details"' in html
        and 'name="csrfmiddlewaretoken"' in html
    )
    kept = page._REPORT_FIELDS["en"]
    assert kept in html
    settings.DEBUG = True  # rendered afresh: the same markup
    assert page.report_fields_render() == kept
    korean = client.get(skill.get_absolute_url(), {"lang": "ko"}).content.decode()
    assert 'name="reason"' in korean and kept not in korean


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("points", [0, 1, 60])
def test_the_charts_written_in_python_are_the_django_templates_bytes(language, points):
    from datetime import date, timedelta

    from django.template.loader import render_to_string
    from django.utils import translation

    from skills.page import charts_render

    today = date(2026, 12, 7)
    history = [(today - timedelta(days=i), 3 + i % 5) for i in range(points)]
    daily = [(today - timedelta(days=89 - i), (i * 7) % 11) for i in range(90)]
    with translation.override(language):
        expected = render_to_string(
            "rankings/_skill_charts.html", {"rank_history": history, "daily_installs": daily}
        )
        assert charts_render(rank_history=history, daily_installs=daily) == expected
        assert charts_render(rank_history=history, daily_installs=daily) == expected  # memo


def test_fill_escapes_plain_and_lazy_values_as_django():
    from django.utils.safestring import mark_safe
    from django.utils.translation import gettext_lazy

    assert fill("%(a)s|%(b)s|%(c)s", a="<&'\">", b=mark_safe("<b>"), c=gettext_lazy("a<b")) == (
        "&lt;&amp;&#x27;&quot;&gt;|<b>|a&lt;b"
    )


@pytest.mark.parametrize("language", ["en", "ko"])
def test_why_this_rank_written_in_python_is_the_templates_bytes(language):
    from datetime import UTC, datetime

    from django.utils import translation

    from rankings.models import SkillPopularity
    from rankings.scoring import RULES
    from skills.page import _why_rank_template_render, why_rank_render

    names = [rule.name for rule in RULES]
    breakdowns = [
        {},
        {name: 1.25 * (i % 3) for i, name in enumerate(names)},
        {name: -2.0 if i % 2 else 0.5 for i, name in enumerate(names)},  # penalties
        {**{name: 3.0 for name in names}, "mirror_cap": -4.5},
        None,
    ]
    with translation.override(language):
        for breakdown in breakdowns:
            for computed_at in (None, datetime(2026, 12, 7, 9, 30, tzinfo=UTC)):
                popularity = SkillPopularity(
                    score=12.345, breakdown=breakdown, computed_at=computed_at
                )
                html = why_rank_render(popularity)
                assert html == _why_rank_template_render(popularity)
                assert "why-rank-table" in html


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize(
    "arg", [None, "DATE_FORMAT", "SHORT_DATE_FORMAT", "c", "Y-m-d H:i", "jS F"]
)
def test_dates_are_djangos_date_filter(language, arg, settings):
    import datetime as dt

    from django.template import defaultfilters
    from django.utils import timezone, translation

    from skills.page import date

    values = [
        dt.datetime(2026, 12, 6, 23, 59, 59, 123456, tzinfo=dt.UTC),
        dt.datetime(2026, 1, 1, 0, 0, tzinfo=dt.UTC),
        dt.date(2026, 3, 2),
        None,
    ]
    for zone in ["UTC", "Asia/Seoul"]:
        with translation.override(language), timezone.override(zone):
            for value in values:
                if type(value) is dt.date and arg and ":" in arg:
                    continue  # Django refuses a time format for a date
                local = timezone.template_localtime(value)
                assert date(value, arg) == defaultfilters.date(local, arg), (value, arg)
                assert date(value, arg) == date(value, arg)  # again, formatted once


def test_tag_and_file_paths_are_reverses():
    from django.urls import reverse

    from skills.paths import file_url, tag_url

    for key in ["python", "ci-cd", "a_b"]:
        assert tag_url(key) == reverse("skills:tag", args=[key])
    for slug, path in [
        ("o/r/s", "SKILL.md"),
        ("o/r/s kit", "docs/a b/%x?#é.md"),
        ("ü/r/s", "scripts/run.sh"),
    ]:
        assert file_url(slug, path) == reverse("skills:file", args=[slug, path])
