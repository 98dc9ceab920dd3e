"""A listing ordered by the sort keys reads the skills that have them (skills.selectors
`_ordered`); split from skills.selectors (its length)."""

from __future__ import annotations

from django.db.models import BooleanField, Expression

from skills.models import SkillSortKey


class HasSortKeys(Expression):
    """`<sort key join>.skill_id IS NOT NULL`, in a query ordered by the sort keys.

    Every skill has its SkillSortKey row, so the condition changes no result; it lets
    PostgreSQL treat the outer join that ordering by a reverse one-to-one makes as an
    inner one, and walk a sort-key index in order, stopping at the page (through the
    outer join it would sort every skill). It names the join the ordering made rather
    than making one: once the order is dropped (the capped count, `order_by()[:cap]
    .count()`) there is no join and it compiles to `1 = 1`, so the count reads the
    skills alone (an index-only scan, 13 ms, against 40 ms with the join removed).
    """

    conditional = True

    def __init__(self):
        super().__init__(output_field=BooleanField())

    def as_sql(self, compiler, connection):
        query, table = compiler.query, SkillSortKey._meta.db_table
        alias = next(
            (
                alias
                for alias, join in query.alias_map.items()
                if join.table_name == table and query.alias_refcount[alias]
            ),
            None,
        )
        if alias is None:
            return "1 = 1", ()
        return (
            f"{compiler.quote_name_unless_alias(alias)}.{connection.ops.quote_name('skill_id')} IS NOT NULL",
            (),
        )
