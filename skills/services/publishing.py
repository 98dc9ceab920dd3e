"""Making a version the published content of a skill."""

from __future__ import annotations

import re

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from skills.cache import catalogue_changed, catalogue_content_changed
from skills.models import Skill, SkillVersion
from skills.rendering import RENDERER_VERSION, SkillLinks, render_markdown
from skills.search import search_index_update

SUMMARY_MAX = 300
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s")  # noqa: RUF001 - CJK sentence ends


_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


def summary_text(description: str) -> str:
    """A description as plain text: Markdown code spans and bold lose their markers
    (cards show `pdf` as pdf, not with raw backticks)."""
    text = _CODE_SPAN.sub(lambda m: m.group(2).strip(), description or "")
    return _STRONG.sub(r"\2", text)


def skill_summary_from_description(description: str) -> str:
    """The first sentence of a description (or its start), for cards and meta tags."""
    text = " ".join(summary_text(description).split())
    if not text:
        return ""
    first = _SENTENCE_END.split(text, maxsplit=1)[0]
    if len(first) <= SUMMARY_MAX:
        return first
    return first[: SUMMARY_MAX - 1].rsplit(" ", 1)[0] + "…"


def version_links(*, slug: str, content_hash: str, paths) -> SkillLinks:
    """Where the relative links and images of a version's body point: its own files."""
    base = reverse("skills:detail", kwargs={"slug": slug}) + "-/"
    return SkillLinks(base=base, content_hash=content_hash, paths=frozenset(paths))


def version_body_html(version: SkillVersion) -> str:
    """The body of `version` rendered now, its relative links pointing at its files."""
    if not version.body:
        return ""
    links = version_links(
        slug=version.skill.slug,
        content_hash=version.content_hash,
        paths=version.files.values_list("path", flat=True),
    )
    return render_markdown(version.body, links=links)


def version_render(version: SkillVersion) -> None:
    """(Re-)render a version's body if its stored HTML is missing or from an older renderer."""
    if version.renderer_version == RENDERER_VERSION and (version.body_html or not version.body):
        return
    version.body_html = version_body_html(version)
    version.renderer_version = RENDERER_VERSION
    if not version._state.adding:
        version.save(update_fields=["body_html", "renderer_version"])


@transaction.atomic
def skill_publish_version(*, skill: Skill, version: SkillVersion) -> Skill:
    """Show `version` as the skill's content and publish the skill.

    Copies the listing fields from the version, so the page, search and API always show
    the content of the approved version (a newer pending version changes nothing).
    A hidden or removed skill stays so: its content is updated, its status is not.
    """
    if version.skill_id != skill.pk:
        raise ValueError("The version belongs to another skill.")
    version_render(version)
    was_listed = skill.status == Skill.Status.PUBLISHED
    now = timezone.now()
    capabilities = version.capabilities or {}
    skill.latest_version = version
    skill.name = version.name or skill.name
    skill.description = version.description
    skill.summary = skill_summary_from_description(version.description)
    skill.description_html = render_markdown(version.description)
    skill.capabilities = capabilities
    skill.has_scripts = bool(capabilities.get("scripts"))
    skill.license = version.license
    skill.license_confidence = version.license_confidence
    skill.is_spec_valid = version.is_spec_valid
    skill.security_verdict = version.security_verdict
    fm = version.frontmatter or {}
    hints = fm.get("when_to_use") or fm.get("triggers") or []
    skill.trigger_hints = [hints] if isinstance(hints, str) else [str(h) for h in hints][:20]
    skill.last_changed_at = version.created_at or now
    if skill.status == Skill.Status.PENDING:
        skill.status = Skill.Status.PUBLISHED
    if skill.published_at is None and skill.status == Skill.Status.PUBLISHED:
        skill.published_at = now
    skill.save()
    search_index_update(skill_ids=[skill.pk])
    if was_listed:  # new content of a listed skill: its own answers and the listings
        changed = [(skill.pk, skill.slug)]
        transaction.on_commit(lambda: catalogue_content_changed(skills=changed))
    else:  # newly listed: every page may show it
        transaction.on_commit(catalogue_changed)
    return skill
