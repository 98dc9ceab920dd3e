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

On PostgreSQL the statement reads the sort keys' copies of each skill's status,
repository and category (`SkillSortKey.published`, `repository_owner_ci`, ...: kept exact
by triggers, migration 0019): the "most installed" walk then stays in the narrow sort-key
table and a repository's skills come from their own index, in order. Reading those
columns from the skills instead cost one row of the wide skills table per entry walked,
about 850 for a repository's six at 100,000 skills (16 ms median, docs/BENCHMARKS.md,
"Issue #23, fifth pass"). On SQLite, where there are no triggers, the copies are not kept
and the statement reads the skills (the same rules, the same rows).
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


# The same sides on the sort keys' copies (PostgreSQL: the triggers keep them).
_PICK_KEYS = (
    "SELECT * FROM (SELECT k.skill_id, k.installs_total, k.stars, k.name, {side} AS side"  # noqa: S608 - constants
    f" FROM {_KEYS} k WHERE k.published AND k.skill_id <> %s AND {{where}}"
    f" ORDER BY {_ORDER} LIMIT %s) AS side{{side}}"
)
_SAME_REPO_KEYS = (
    "k.repository_owner_ci <> '' AND k.repository_owner_ci = UPPER(%s)"
    " AND k.repository_name_ci = UPPER(%s)"
)


def _sides(*, keys: bool, me, owner: str, repo: str, limit: int, category_id, tag_ids):
    """(the sides' SELECTs, their parameters); `keys`: on the sort keys' copies."""
    published = Skill.Status.PUBLISHED.value
    pick, same_repo, alias, column = (
        (_PICK_KEYS, _SAME_REPO_KEYS, "k", "k.skill_id")
        if keys
        else (_PICK, _SAME_REPO, "u", "u.id")
    )
    lead = [me] if keys else [published, me]
    parts, params = [], []
    if owner:
        parts.append(pick.format(side=1, where=same_repo))
        params += [*lead, owner, repo, limit]
    related, related_params = [], []
    if category_id:
        related.append(f"{alias}.category_id = %s")
        related_params.append(category_id)
    if tag_ids:
        marks = ", ".join(["%s"] * len(tag_ids))
        # On PostgreSQL, OFFSET 0 keeps the check per entry walked: without it the planner
        # may hash every skill of the tags first (11,000 rows, 9 ms) to check a few dozen.
        tail = " OFFSET 0" if keys else ""
        related.append(
            f"EXISTS (SELECT 1 FROM {_TAGS} t WHERE t.skill_id = {column} AND t.tag_id IN ({marks}){tail})"  # noqa: S608 - constants and placeholders
        )
        related_params += tag_ids
    if related:
        where = f"NOT ({same_repo}) AND ({' OR '.join(related)})"
        parts.append(pick.format(side=0, where=where))
        params += [*lead, owner, repo, *related_params, limit]
    return parts, params


def skill_neighbours(
    *, skill: Skill, limit: int = 6, tag_ids=None, on_keys: bool | None = None
) -> tuple[list, list]:
    """(more from the same repository, related by category or tags) as SkillLink rows.
    `on_keys`: read the sort keys' copies (default: on PostgreSQL, where they are kept)."""
    db = router.db_for_read(Skill)
    connection = connections[db]
    me = Skill._meta.pk.get_db_prep_value(skill.pk, connection)
    if tag_ids is None:
        tag_ids = list(skill.tags.values_list("pk", flat=True))
    parts, params = _sides(
        keys=connection.vendor == "postgresql" if on_keys is None else on_keys,
        me=me,
        owner=skill.repository_owner,
        repo=skill.repository_name,
        limit=limit,
        category_id=skill.category_id,
        tag_ids=tag_ids,
    )
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
