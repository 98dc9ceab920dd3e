"""Korean on the parts issue #22 left in English: the skill page's "What you install" box,
the Security checks page (its scanner families included), the console's messages (whole
sentences, not a verb put in front of a list), the rankings admin; and no "Stars 0"."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from moderation.scanner.families import FAMILIES
from rankings.admin import FewAddressesFilter, SkillAddressSpreadAdmin
from rankings.models import SkillPopularity, SkillRankSnapshot
from skills.models import RawSkill, SkillSource
from tests.factories import (
    PublishedSkillFactory,
    RawSkillFactory,
    ReportFactory,
    SkillPopularityFactory,
    SkillSourceFactory,
)

pytestmark = pytest.mark.django_db

KO = {"HTTP_ACCEPT_LANGUAGE": "ko"}


def korean(path: str) -> str:
    response = Client(**KO).get(path)
    assert response.status_code == 200
    return response.content.decode()


def test_the_what_you_install_box_is_in_korean():
    skill = PublishedSkillFactory(repository_url="https://github.com/acme/kit")
    body = korean(skill.get_absolute_url())
    box = re.search(r'<div class="card" id="what-you-install">(.*?)</div>', body, re.S).group(1)
    for english in ("What you install", "Version", "Reviewed", "Every command above"):
        assert english not in box
    assert "설치되는 내용" in box and "검토일" in box
    assert "위의 모든 명령은 이 사이트에서 바로 이 파일을 설치합니다." in box
    assert 'href="https://github.com/acme/kit"' in box


def test_a_skill_without_stars_shows_no_stars_figure():
    skill = PublishedSkillFactory(stars=0)
    body = Client().get(skill.get_absolute_url()).content.decode()
    assert "GitHub stars" not in body
    assert not re.search(r"<dt>Stars</dt>", body)
    skill.stars = 1234
    skill.save(update_fields=["stars"])
    body = Client().get(skill.get_absolute_url() + "?lang=en").content.decode()
    assert re.search(r"<dt>GitHub stars</dt><dd>1.2k</dd>", body)
    assert "<dt>GitHub stars</dt><dd>1,234</dd>" in body


def test_the_security_checks_page_is_in_korean_family_by_family():
    body = korean("/security/")
    for english in (
        "The security scan",
        "Publication policy",
        "A scanner misses things",
        "Every decision, automatic or by a person",
    ):
        assert english not in body
    assert "게시 정책" in body and "보안 검사 방식" in body
    with translation.override("ko"):
        for family in FAMILIES:
            for text in (family.title, family.summary, family.why_not):
                korean_text = translation.gettext(text)
                assert korean_text != text, text
                assert escape(korean_text) in body


def test_the_console_messages_are_whole_korean_sentences(client, staff_user):
    client.force_login(staff_user)
    raw = RawSkillFactory()
    response = client.post(
        reverse("admin:skills_rawskill_changelist"),
        {"action": "approve_passing", "_selected_action": [str(raw.pk)]},
        follow=True,
        **KO,
    )
    assert f"1개를 승인하고 게시했습니다: {raw.name}" in response.content.decode()
    report = ReportFactory()
    response = client.post(
        reverse("admin:moderation_report_changelist"),
        {"action": "dismiss_selected", "_selected_action": [str(report.pk)], "reason": "dup"},
        follow=True,
        **KO,
    )
    page = response.content.decode()
    assert f"신고를 기각했습니다: {report.skill.slug}" in page
    assert "사유: dup" in page
    assert "Dismissed" not in page
    source = SkillSourceFactory(status=SkillSource.Status.ACTIVE)
    response = client.post(
        reverse("admin:skills_skillsource_changelist"),
        {"action": "activate", "_selected_action": [str(source.pk)]},
        follow=True,
        **KO,
    )
    assert "바꿀 것이 없습니다. 이미 활성 상태입니다." in response.content.decode()


def test_the_review_page_decision_message_is_in_korean(client, staff_user):
    client.force_login(staff_user)
    raw = RawSkillFactory()
    response = client.post(
        reverse("admin:skills_rawskill_decide", args=[raw.pk]),
        {"decision": "reject", "reason": "스팸"},
        follow=True,
        **KO,
    )
    raw.refresh_from_db()
    assert raw.state == RawSkill.State.REJECTED
    page = response.content.decode()
    assert re.search(r'<li class="success">[^<]+을\(를\) 거절했습니다: 스팸</li>', page)
    assert '<li class="info">검토 대기열이 비었습니다.</li>' in page


def test_the_rankings_admin_is_in_korean(client, staff_user):
    client.force_login(staff_user)
    SkillPopularityFactory()
    body = client.get(reverse("admin:rankings_skillpopularity_changelist"), **KO).content
    page = body.decode()
    assert "설치 수 (7일)" in page and "급상승 점수" in page
    assert "TRENDING SCORE" not in page.upper().replace("급상승 점수", "")
    with translation.override("ko"):
        assert str(SkillPopularity._meta.verbose_name_plural) == "스킬 인기도"
        assert str(SkillRankSnapshot._meta.verbose_name_plural) == "순위 스냅샷"
        column = SkillAddressSpreadAdmin.counted_recent.short_description
        assert str(column).startswith("집계 수 (최근 ")
        assert "이하" in FewAddressesFilter.lookups(None, None, None)[0][1]


def test_the_moderation_lists_have_korean_column_labels(client, staff_user):
    client.force_login(staff_user)
    ReportFactory()
    page = client.get(reverse("admin:moderation_report_changelist"), **KO).content.decode()
    for label in ("신고 시각", "사유", "상태"):
        assert label in page
    for english in ("Created at", "Reason", "Status"):
        assert f">{english}<" not in page
