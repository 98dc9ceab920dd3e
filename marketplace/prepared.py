"""Statements the ORM builds once per process: a `values_list()` queryset of one shape,
compiled on first use, then run with each call's id in place of a marker.

Building and compiling a small ORM statement costs more CPU than running it on an
indexed column (a skill page made eight, issue #23, fourth pass). `PreparedRows` keeps the
compiled SQL and the compiler of a queryset built around a marker id, and on each call
runs that SQL with the marker's parameter replaced by the id; rows go through the
compiler's own converters, so they are the values (and types) the queryset gives.
Keyed by database alias; emptied when a setting changes (tests).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from django.core.signals import setting_changed
from django.db import connections, models, router
from django.db.models import QuerySet

#: Stands for the call's id while the statement is compiled (never a real row's id).
MARKER = uuid.UUID("5e7f1a00-0000-4000-8000-00000000f00d")
_UUID = models.UUIDField()
_ALL: list[PreparedRows] = []


#: The marker of a statement that filters on a text (a key or a slug).
TEXT_MARKER = "prepared-marker-5e7f1a00f00d"


class PreparedRows:
    """`build(id)` (a `values_list()` queryset filtering on a UUID, or on a text with
    `marker=TEXT_MARKER`) compiled once per database; `rows(id)` gives `list(build(id))`."""

    def __init__(self, build: Callable[..., QuerySet], *, marker: uuid.UUID | str = MARKER):
        self.build = build
        self.marker = marker
        self._compiled: dict[str, tuple] = {}
        self._model: type[models.Model] | None = None
        _ALL.append(self)

    def _prep(self, value, connection):
        if isinstance(self.marker, str):
            return str(value)
        return _UUID.get_db_prep_value(value, connection)

    def _compile(self, alias: str) -> tuple:
        qs = self.build(self.marker).using(alias)
        compiler = qs.query.get_compiler(alias)
        sql, params = compiler.as_sql()
        marker = self._prep(self.marker, connections[alias])
        slots = [i for i, param in enumerate(params) if param == marker]
        if not slots:
            raise ValueError("the statement does not use its id")
        self._compiled[alias] = compiled = (compiler, sql, list(params), slots)
        return compiled

    def rows(self, id_, *, using: str | None = None) -> list[tuple]:
        if using is None:
            if self._model is None:
                self._model = self.build(self.marker).model
            using = router.db_for_read(self._model)
        alias = using
        compiled = self._compiled.get(alias) or self._compile(alias)
        compiler, sql, params, slots = compiled
        connection = connections[alias]
        params = list(params)
        value = self._prep(id_, connection)
        for i in slots:
            params[i] = value
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            fetched = cursor.fetchall()
        return list(compiler.results_iter(results=[fetched], tuple_expected=True))


def _forget(**kwargs) -> None:
    for prepared in _ALL:
        prepared._compiled.clear()


setting_changed.connect(_forget)
