"""A listing's identity: its slug (``owner/repo/skill``) and the repository it belongs to.

Slugs are stable, except when the repository itself moves (a GitHub rename or transfer:
:mod:`skills.ingestion.sources.moves`) or when a listing first seen in a copy goes back to
its original repository (:mod:`skills.ingestion.sync.write`). Both go through
:func:`skill_rekey`, which keeps the row (versions, events, rankings, decisions) and leaves a
:class:`~skills.models.SkillRedirect` behind, so old URLs answer with a redirect.
"""

from __future__ import annotations

import hashlib

from django.utils.text import slugify

from skills.models import Skill, SkillRedirect

# Folders that say nothing about a skill; skipped when making a slug unique.
_GENERIC_FOLDERS = frozenset({"skills", "skill", "plugins", ".claude", ".agents", ".github", "src"})


def skill_slug_choose(
    *, owner: str, repo: str, name: str, folder: str, path: str, skill_id=None
) -> str:
    """``owner/repo/<name>``, unique: a name already taken gets a suffix from its path.

    The old slug of a listing that moved stays reserved for it (only ``skill_id``'s own old
    slugs may be reused): another repository that takes an old name cannot take over the
    listings' addresses."""
    # Unicode-aware: a skill named in Japanese keeps its name in its URL.
    base_name = slugify(name, allow_unicode=True) or slugify(folder, allow_unicode=True) or "skill"
    prefix = f"{slugify(owner) or 'owner'}/{slugify(repo) or 'repo'}"
    candidates = [f"{prefix}/{base_name}"]
    parents = [p for p in path.split("/")[:-1] if p]
    for parent in reversed(parents):
        if parent.lower() not in _GENERIC_FOLDERS and slugify(parent):
            candidates.append(f"{prefix}/{base_name}-{slugify(parent)}")
    if parents:
        candidates.append(f"{prefix}/{base_name}-{slugify('-'.join(parents))}")
    candidates.append(f"{prefix}/{base_name}-{hashlib.sha256(path.encode()).hexdigest()[:8]}")
    candidates = [c[:300] for c in candidates]
    taken = set(Skill.objects.filter(slug__in=candidates).values_list("slug", flat=True))
    taken |= _reserved(candidates, skill_id)
    for candidate in candidates:
        if candidate not in taken:
            return candidate
    n = 2
    while Skill.objects.filter(slug=f"{candidates[0]}-{n}").exists() or _reserved(
        [f"{candidates[0]}-{n}"], skill_id
    ):
        n += 1
    return f"{candidates[0]}-{n}"


def _reserved(slugs: list[str], skill_id) -> set[str]:
    redirects = SkillRedirect.objects.filter(old_slug__in=slugs, reserved=True)
    if skill_id is not None:
        redirects = redirects.exclude(skill_id=skill_id)
    return set(redirects.values_list("old_slug", flat=True))


def skill_rekey(
    *,
    skill: Skill,
    owner: str,
    repo: str,
    repository_url: str,
    path: str | None = None,
    reserve: bool = False,
) -> str:
    """Move a listing to another repository (same row, same history); returns the new slug.

    The old slug becomes a redirect to the listing (``reserve``: kept from every other
    listing, for a repository that moved); a redirect that pointed the new slug elsewhere is
    dropped (the slug is a live listing again)."""
    path = skill.path if path is None else path
    old_slug = skill.slug
    new_slug = old_slug
    prefix = f"{slugify(owner) or 'owner'}/{slugify(repo) or 'repo'}/"
    if not old_slug.startswith(prefix):
        new_slug = skill_slug_choose(
            owner=owner,
            repo=repo,
            name=skill.name,
            folder=path.rsplit("/", 1)[-1],
            path=path,
            skill_id=skill.pk,
        )
    if new_slug != old_slug:
        SkillRedirect.objects.filter(old_slug=new_slug).delete()
        SkillRedirect.objects.update_or_create(
            old_slug=old_slug, defaults={"skill": skill, "reserved": reserve}
        )
    Skill.objects.filter(pk=skill.pk).update(
        slug=new_slug,
        repository_owner=owner[:100],
        repository_name=repo[:200],
        repository_url=repository_url[:1000],
        path=path,
    )
    skill.slug, skill.repository_owner, skill.repository_name = new_slug, owner, repo
    skill.repository_url, skill.path = repository_url, path
    return new_slug
