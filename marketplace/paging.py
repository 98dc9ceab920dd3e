"""One page of an ordered queryset, fetched ids-first when it lies deep.

`queryset[start:stop]` makes the database build every skipped row whole before it drops
it: for a listing of skills, the card's joins (category, version, popularity) and the
wide skill row, ten thousand times for the API's last page. From `DEFERRED_FROM` rows on,
a page is read in two statements instead: the ids of the page (the order and its filters
only), then those rows, whole, by primary key. On `bench` (100,000 skills) the API's last
page by popularity went from 168 ms to 32 ms, page 50 of a category from 218 ms to 50 ms
(docs/RANKINGS.md). First pages keep the one statement (the second would cost more than it
saves there).
"""

from __future__ import annotations

from django.db.models import QuerySet

DEFERRED_FROM = 200  # rows skipped before a page is read ids-first


def page_rows(queryset, start: int, stop: int) -> list:
    """The rows `queryset[start:stop]` would give, in that order."""
    if start < DEFERRED_FROM or not isinstance(queryset, QuerySet):
        return list(queryset[start:stop])
    ids = list(queryset.values_list("pk", flat=True)[start:stop])
    rows = {_pk(row): row for row in queryset.filter(pk__in=ids)}
    return [rows[pk] for pk in ids if pk in rows]  # a row deleted in between is skipped


def _pk(row):
    """The primary key of a model instance or of a `values()` row that has "pk"."""
    return row["pk"] if isinstance(row, dict) else row.pk
