"""A search's ranking statements compiled once per shape, then run with new values.

An unfiltered relevance search ranks and counts its matches in one statement
(skills.search_ranked `_RankedAhead`), built from the ORM's expressions (skills.selectors
`_Relevance`, `_Matches`, the typo widening) and compiled on every request: building those
querysets and compiling them was about half of an uncached API search's Python
(docs/BENCHMARKS.md, "Issue #23, sixth pass"), while the SQL text depends only on the
search's *shape* (which statement; whether the query is widened by typo corrections;
whether the relevance lifts the search tier), never on the words. So each shape is built
and compiled once per database with sentinel values (`SENTINELS`), the positions where the
sentinels land among its parameters are kept, and each search binds its own values there:
the same SQL and the same parameters as the ORM compiles for it
(tests/skills/test_search_compiled.py compares the two for every benchmark query).

What the shape must hold is checked when it is compiled: every sentinel the statement
takes lands among the parameters, none is written into the SQL text. A value the SQL text
would depend on (a `LIMIT`, an integer lookup out of the column's range, which Django
turns into "no rows") is a constant or part of the shape, never a bound value: the
installs band is a `PositiveSmallIntegerField` whose every value is in range, and the
band sentinel is too.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass

#: The values a search binds, as sentinels no real search gives in their place: the
#: websearch text, the typo widening's tsquery text, the relevance's query text (lower
#: case, no hyphens, as `_Relevance` keeps it) and its length (the relevance sentinel's
#: own length: a value the statements hold nowhere else), the installs band.
_RELEVANCE = "\x00" + "r" * 4320
SENTINELS: dict[str, str | int] = {
    "text": "\x00search-text-sentinel\x00",
    "widening": "\x00search-widening-sentinel\x00",
    "relevance": _RELEVANCE,
    "length": len(_RELEVANCE),
    "band": 32_123,  # in the installs band's range (a PositiveSmallIntegerField)
}


@dataclass(frozen=True)
class Shaped:
    """One statement's SQL, its parameters with sentinels, and where each value goes."""

    sql: str
    params: tuple
    # (position among the parameters, value's name, the type the value is bound as: the
    # database adapter's wrapper the ORM prepared it in, as psycopg's `Int2` for a
    # small integer column, else None)
    slots: tuple[tuple[int, str, type | None], ...]

    def bind(self, values: dict) -> tuple[str, list]:
        """(SQL, parameters) with `values` (by the names of SENTINELS) in their places."""
        params = list(self.params)
        for position, name, wrap in self.slots:
            params[position] = values[name] if wrap is None else wrap(values[name])
        return self.sql, params


_SHAPES: dict[Hashable, Shaped] = {}
_LOCK = threading.Lock()


def shaped(
    key: Hashable, compile: Callable[[dict], tuple[str, list]], needs: Iterable[str] = ("text",)
) -> Shaped:
    """The statement of shape `key`, compiled the first time by `compile(SENTINELS)`, which
    returns (SQL, parameters) as the ORM compiles them for those values; each value named
    in `needs` must land among the parameters."""
    found = _SHAPES.get(key)
    if found is not None:
        return found
    sql, params = compile(SENTINELS)
    slots = tuple(
        (position, name, None if type(param) is type(sentinel) else type(param))
        for position, param in enumerate(params)
        for name, sentinel in SENTINELS.items()
        if isinstance(param, type(sentinel)) and param == sentinel
    )
    for name, sentinel in SENTINELS.items():
        if isinstance(sentinel, str) and sentinel in sql:
            raise ValueError(f"the {name} of a search is written into its SQL: {sql}")
    missing = set(needs) - {name for _position, name, _wrap in slots}
    if missing:
        raise ValueError(f"{', '.join(sorted(missing))} not among the parameters of {sql}")
    found = Shaped(sql, tuple(params), slots)
    with _LOCK:
        _SHAPES[key] = found
    return found
