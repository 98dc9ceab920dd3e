"""A skill page's neighbours: "more from this repository" and "related skills", as links.

One hand-written statement, the same on PostgreSQL and SQLite. Built with the ORM (two
LIMITed subqueries ordered by the sort keys, an `Exists` over the tags, a UNION ALL under an
`IN`, the outer rows joined and ordered again) it cost more CPU to build and compile than
all the rest of the page's statements together (16.7 M instructions of an 88 M page,
docs/BENCHMARKS.md, third pass of issue #23); written out, a call is ~1 M. The rules are
the ORM version's, kept by `tests/skills/test_neighbours.py`:

- same repository: published, not the skill itself, the repository's owner and name
  matched case-insensitively (as on the repository page: `skill_repository_ci` serves it),
  never for a skill without a repository;
- related: published, not the skill itself, not of the same repository, in its category or
  sharing one of its tags;
- each list the `limit` first by the listings' "most installed" order (the sort keys:
  installs, stars, name, id: `selectors._ORDERINGS["popular"]`), one statement for both.
"""

from __future__ import annotations

import uuid

from django.db import connections, router

from skills.cards import SkillLink
from skills.models import Skill, SkillSortKey

_SKILL = Skill._meta.db_table
_KEYS = SkillSortKey._meta.db_table
_TAGS = Skill.tags.through._meta.db_table
_ORDER = "k.installs_total DESC, k.stars DESC, k.name ASC, k.skill_id ASC"
_PICK = (
    "SELECT * FROM (SELECT k.skill_id, k.installs_total, k.stars, k.name, {side} AS side"  # noqa: S608 - constants
    f" FROM {_KEYS} k INNER JOIN {_SKILL} u ON u.id = k.skill_id"
    " WHERE u.status = %s AND u.id <> %s AND {where}"
    f" ORDER BY {_ORDER} LIMIT %s) AS side{{side}}"
)
_SAME_REPO = (
    "u.repository_owner <> '' AND UPPER(u.repository_owner) = UPPER(%s)"
    " AND UPPER(u.repository_name) = UPPER(%s)"
)


def skill_neighbours(*, skill: Skill, limit: int = 6, tag_ids=None) -> tuple[list, list]:
    """(more from the same repository, related by category or tags) as SkillLink rows."""
    db = router.db_for_read(Skill)
    connection = connections[db]
    me = Skill._meta.pk.get_db_prep_value(skill.pk, connection)
    published = Skill.Status.PUBLISHED.value
    owner, repo = skill.repository_owner, skill.repository_name
    parts, params = [], []
    if owner:
        parts.append(_PICK.format(side=1, where=_SAME_REPO))
        params += [published, me, owner, repo, limit]
    related, related_params = [], []
    if skill.category_id:
        related.append("u.category_id = %s")
        related_params.append(skill.category_id)
    if tag_ids is None:
        tag_ids = list(skill.tags.values_list("pk", flat=True))
    if tag_ids:
        marks = ", ".join(["%s"] * len(tag_ids))
        related.append(
            f"EXISTS (SELECT 1 FROM {_TAGS} t WHERE t.skill_id = u.id AND t.tag_id IN ({marks}))"  # noqa: S608 - constants and placeholders
        )
        related_params += tag_ids
    if related:
        where = f"NOT ({_SAME_REPO}) AND ({' OR '.join(related)})"
        parts.append(_PICK.format(side=0, where=where))
        params += [published, me, owner, repo, *related_params, limit]
    if not parts:
        return [], []
    sql = (
        "SELECT s.id, s.slug, s.name, s.summary, s.repository_owner, s.repository_name, n.side"  # noqa: S608 - constants
        f" FROM ({' UNION ALL '.join(parts)}) AS n INNER JOIN {_SKILL} s ON s.id = n.skill_id"
        " ORDER BY n.installs_total DESC, n.stars DESC, n.name ASC, n.skill_id ASC"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    same, other = [], []
    for pk, slug, name, summary, row_owner, row_repo, side in rows:
        link = SkillLink(
            pk=pk if isinstance(pk, uuid.UUID) else uuid.UUID(pk),
            slug=slug,
            name=name,
            summary=summary,
            repository_owner=row_owner,
            repository_name=row_repo,
        )
        (same if side else other).append(link)
    return same, other
