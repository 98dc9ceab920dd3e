"""The rows of an API list page, as the paginator slices them (`SkillViewSet.page_queryset`).

A relevance search counts its matches and ranks its first ids in one statement
(skills.search_ranked `_RankedAhead`); its page then read those ids back through the search's
own statement, with the relevance expression compiled again to order two dozen rows, about
a sixth of an uncached API search's instructions (issue #23). When the ids are known, the
page's rows are read by primary key with a statement compiled once per page size
(marketplace.statements) and put in the ids' order: the same rows in the same order.
Anything else is the search's statement as before (`marketplace.paging.page_rows`).
"""

from __future__ import annotations

from django.db import connections, router

from marketplace.paging import page_rows
from marketplace.statements import Statement
from skills.api.serializers import list_columns, skill_list_rows
from skills.models import Skill
from skills.search_ranked import search_ranked_ids

MAX_IDS = 100  # the largest page size, and RANKED_AHEAD


def _published_by_ids(vendor, *ids):
    names, expressions = list_columns(vendor)
    return (
        Skill.objects.published()
        .filter(pk__in=ids)
        .order_by()
        .annotate(**expressions)
        .values_list(*names)
    )


_BY_IDS: dict[int, Statement] = {}


def _rows_by_ids(ids: list, using: str | None) -> list[dict]:
    statement = _BY_IDS.get(len(ids))
    if statement is None:
        statement = Statement(Skill, _published_by_ids, *[Skill._meta.pk] * len(ids))
        _BY_IDS[len(ids)] = statement
    using = using or router.db_for_read(Skill)
    vendor = connections[using].vendor
    names, _expressions = list_columns(vendor)
    found = {
        row[0]: dict(zip(names, row, strict=True))
        for row in statement.rows(*ids, shape=vendor, using=using)
    }
    return [found[pk] for pk in ids if pk in found]  # a skill unpublished since: left out


class ListPageRows:
    """A list's queryset as the paginator reads a page of it: `rows[start:stop]`."""

    def __init__(self, queryset):
        self.queryset = queryset

    def __getitem__(self, page: slice) -> list[dict]:
        start, stop = page.start or 0, page.stop
        ids = search_ranked_ids(self.queryset, stop) if stop and stop <= MAX_IDS else None
        if not ids:
            return page_rows(skill_list_rows(self.queryset), start, stop)
        # `_RankedSlice` reads the first `stop` ids and drops the first `start` rows found.
        return _rows_by_ids(ids, self.queryset.db)[start:stop]
