"""A QuerySet whose query is made when something first needs it.

`skills.selectors.skill_search` returns a QuerySet, and the web's search, the API, skills.sh
and the MCP tool build on it; but for an unfiltered relevance search the answer's count and
first pages are known once the search has ranked its first ids (skills.search_ranked
`_RankedAhead`), and building and resolving the search's expressions into that QuerySet's
query cost more than reading a page by those ids (issue #23). A `MadeLaterQuerySet` made by
`made_later(model, make)` holds no query until one is read (`query`: to run it, compile it,
count it or derive another queryset from it), then takes `make()`'s: the same queryset from
then on, with nothing built when nothing reads it.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db import models


class MadeLaterQuerySet(models.QuerySet):
    _make_query: Callable[[], models.QuerySet] | None = None

    @classmethod
    def made_later(cls, model, make: Callable[[], models.QuerySet]):
        """A queryset of `model` whose query is `make()`'s (a queryset of `model`'s
        instances: not `values()`), made on first use."""
        qs = cls(model=model)
        qs._make_query = make
        return qs

    @property
    def query(self):
        make = self._make_query
        if make is not None:
            self._make_query = None
            made = make()
            if made._iterable_class is not self._iterable_class or made._fields:
                # A `values()` queryset's rows are read before its query (`_fetch_all`).
                raise TypeError("made_later() makes querysets of model instances")
            self._query = made.query
        return super().query

    @query.setter
    def query(self, value):
        self._make_query = None
        models.QuerySet.query.fset(self, value)
