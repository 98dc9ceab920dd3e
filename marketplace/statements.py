"""ORM statements compiled once per database and shape, then run with new parameter values.

Building a `values_list()` QuerySet and compiling it costs more than PostgreSQL takes to
run a primary-key read, and an answer that reads one skill (the API's detail) runs the same
five statements every time with only the key changing. A `Statement` builds its QuerySet
once with sentinel parameter values, compiles it, keeps the SQL, where the sentinels landed
among its parameters and the columns' converters (JSON, dates and UUIDs on SQLite...), and
from then on only swaps the parameters: the same SQL, the same rows, the same Python values
as the QuerySet gives (tests/marketplace/test_statements.py).

Only for statements whose SQL does not depend on the values (equality on a column; the
number of values of an `IN` is part of the shape), never for `LIMIT`s or expressions.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from django.db import connections, router
from django.db.models import Field, Model, QuerySet


@dataclass(frozen=True)
class _Compiled:
    sql: str
    params: tuple
    slots: tuple[int, ...]  # where each parameter goes in `params`
    converters: tuple  # ((column index, (converter, ...), expression), ...)


def _sentinel(field: Field, n: int) -> Any:
    """A value of `field`'s kind (its target's, for a relation) that no real parameter equals."""
    kind = (field.target_field if field.is_relation else field).get_internal_type()
    if kind == "UUIDField":
        return uuid.UUID(int=(0x5E471E1 << 96) + n)
    if kind in ("AutoField", "BigAutoField", "IntegerField", "PositiveIntegerField"):
        return -987_654_321_000 - n
    return f"\x00statement-sentinel-{n}"


class Statement:
    """`build(shape, *values)` -> a values_list() QuerySet of `model` whose parameters are
    `values` (of the model fields `fields`, in order); run with `rows(*values, shape=...)`.
    Reads go where the router sends reads of `model` (the replica, when there is one)."""

    def __init__(self, model: type[Model], build: Callable[..., QuerySet], *fields: Field):
        self.model, self.build, self.fields = model, build, fields
        self._compiled: dict[tuple, _Compiled] = {}
        self._lock = threading.Lock()

    def sql(
        self, *values, shape: Hashable = None, using: str | None = None
    ) -> tuple[str, list, _Compiled]:
        """(SQL, parameters) of `build(shape, *values)`, as `QuerySet.query.sql_with_params()`
        gives them (for a statement written around it), and its compiled form."""
        if len(values) != len(self.fields):
            raise TypeError(f"{len(self.fields)} values expected, {len(values)} given")
        using = using or router.db_for_read(self.model)
        connection = connections[using]
        compiled = self._compiled.get((using, shape))
        if compiled is None:
            compiled = self._compile(using, shape)
        params = list(compiled.params)
        for slot, field, value in zip(compiled.slots, self.fields, values, strict=True):
            params[slot] = field.get_db_prep_value(value, connection, prepared=False)
        return compiled.sql, params, compiled

    def rows(self, *values, shape: Hashable = None, using: str | None = None) -> list[tuple]:
        """The rows the QuerySet `build(shape, *values)` would give, as tuples."""
        using = using or router.db_for_read(self.model)
        connection = connections[using]
        sql, params, compiled = self.sql(*values, shape=shape, using=using)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if not compiled.converters:
            return [tuple(row) for row in rows]
        out = []
        for row in rows:
            row = list(row)
            for index, converters, expression in compiled.converters:
                value = row[index]
                for converter in converters:
                    value = converter(value, expression, connection)
                row[index] = value
            out.append(tuple(row))
        return out

    def _compile(self, using: str, shape: Hashable) -> _Compiled:
        connection = connections[using]
        sentinels = [_sentinel(field, n) for n, field in enumerate(self.fields)]
        queryset = self.build(shape, *sentinels)
        compiler = queryset.query.get_compiler(using=using)
        sql, params = compiler.as_sql()
        prepped = [
            field.get_db_prep_value(value, connection, prepared=False)
            for field, value in zip(self.fields, sentinels, strict=True)
        ]
        slots = []
        for value in prepped:
            found = [i for i, param in enumerate(params) if param == value]
            if len(found) != 1:
                raise ValueError(f"parameter {value!r} found {len(found)} times in {sql}")
            slots.append(found[0])
        columns = [col for col, _sql, _alias in compiler.select[: compiler.col_count]]
        converters = tuple(
            (index, tuple(convs), expression)
            for index, (convs, expression) in compiler.get_converters(columns).items()
        )
        compiled = _Compiled(sql, tuple(params), tuple(slots), converters)
        with self._lock:
            self._compiled[(using, shape)] = compiled
        return compiled
