"""Loading the YAML frontmatter of a SKILL.md strictly and safely.

A safe loader that refuses duplicate keys, aliases and deep nesting (bounded work on hostile
input), reads odd scalars leniently, and turns every failure into a :class:`Problem`.
"""

from __future__ import annotations

import base64
import datetime as dt
import math
from collections.abc import Hashable

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode, Node, SequenceNode

from skills.ingestion.skillmd.problems import MAX_FRONTMATTER_DEPTH, Problem, problem
from skills.ingestion.skillmd.yaml12 import scalars_as_yaml12

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _DuplicateKeyError(ConstructorError):
    pass


class _StrictLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Safe loader that refuses duplicate keys (PyYAML silently keeps the last one)."""

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict:
        if not isinstance(node, MappingNode):
            raise ConstructorError(None, None, "expected a mapping", node.start_mark)
        self.flatten_mapping(node)
        mapping: dict = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, Hashable):
                raise ConstructorError(
                    "while constructing a mapping",
                    node.start_mark,
                    "found an unhashable key",
                    key_node.start_mark,
                )
            if key in mapping:
                raise _DuplicateKeyError(
                    "while constructing a mapping",
                    node.start_mark,
                    f"found duplicate key {key!r}",
                    key_node.start_mark,
                )
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping


def _lenient_scalar(constructor_name: str):
    """Wrap a scalar constructor so a value YAML cannot convert stays the text it was written as.

    ``created: 2024-02-31`` or a 10,000-digit integer should not make a whole skill unreadable.
    """
    base = getattr(_BaseLoader, constructor_name)

    def construct(loader: _StrictLoader, node: Node) -> object:
        try:
            return base(loader, node)
        except (ValueError, OverflowError, AttributeError):
            # AttributeError: PyYAML's timestamp constructor on a value its pattern does not
            # match (an explicit ``!!timestamp x``).
            return node.value

    return construct


_StrictLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", _lenient_scalar("construct_yaml_timestamp")
)
_StrictLoader.add_constructor("tag:yaml.org,2002:int", _lenient_scalar("construct_yaml_int"))
_StrictLoader.add_constructor("tag:yaml.org,2002:float", _lenient_scalar("construct_yaml_float"))


class _AliasError(Exception):
    def __init__(self, line: int | None) -> None:
        self.line = line


class _DepthError(Exception):
    def __init__(self, line: int | None) -> None:
        self.line = line


def _check_node_graph(root: Node) -> None:
    """Refuse aliases and deep nesting before anything is constructed.

    The composer shares one node object for an anchor and each of its aliases, so a node seen
    twice is an alias. Walking with a seen-set visits each distinct node once: a "billion
    laughs" document is refused after a handful of steps instead of being expanded.
    """
    seen: set[int] = set()
    stack: list[tuple[Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            raise _AliasError(node.start_mark.line if node.start_mark else None)
        seen.add(id(node))
        if isinstance(node, SequenceNode):
            if depth > MAX_FRONTMATTER_DEPTH:
                raise _DepthError(node.start_mark.line)
            stack.extend((child, depth + 1) for child in node.value)
        elif isinstance(node, MappingNode):
            if depth > MAX_FRONTMATTER_DEPTH:
                raise _DepthError(node.start_mark.line)
            for key_node, value_node in node.value:
                stack.append((key_node, depth + 1))
                stack.append((value_node, depth + 1))


def _jsonable(value: object) -> object:
    """Make a constructed YAML value JSON-serialisable (depth is already bounded)."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, dict):
        return {
            (k if isinstance(k, str) else str(_jsonable(k))): _jsonable(v) for k, v in value.items()
        }
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, set):
        return sorted(str(_jsonable(v)) for v in value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return str(value)


#: At most this many ``frontmatter.yaml11`` problems are reported for one SKILL.md.
MAX_YAML11_PROBLEMS = 10


def _construct_yaml11(loader: _StrictLoader, node: Node) -> object:
    """What PyYAML (YAML 1.1) makes of a scalar node, without caching it in the loader.

    A tag the safe loader does not know (``!!python/name:os.system``) goes to its constructor
    for undefined tags, which raises the ConstructorError the caller reports.
    """
    constructors = loader.yaml_constructors
    return constructors.get(node.tag, constructors[None])(loader, node)


def _shown(value: object) -> str:
    if isinstance(value, str):
        return f"the text {value[:80]!r}"
    return {None: "null", True: "true", False: "false"}.get(value, repr(value))  # type: ignore[call-overload]


def _mark_line(exc: yaml.YAMLError, first_line: int) -> int | None:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if mark is None:
        return None
    return first_line + mark.line


def _yaml_message(exc: yaml.YAMLError) -> str:
    problem_text = getattr(exc, "problem", None)
    context = getattr(exc, "context", None)
    parts = [p for p in (context, problem_text) if p]
    message = ", ".join(parts) if parts else str(exc).splitlines()[0]
    if "mapping values are not allowed" in message:
        message += " (a value containing ': ' must be quoted)"
    return message


def load_frontmatter(text: str, first_line: int, problems: list[Problem]) -> dict | None:
    """Load the frontmatter YAML; on failure append a problem and return None."""
    loader = _StrictLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return {}
        _check_node_graph(node)
        differences = scalars_as_yaml12(
            node, lambda n: _construct_yaml11(loader, n), normalise=_jsonable
        )
        data = loader.construct_document(node)
    except _DuplicateKeyError as exc:
        problems.append(
            problem(
                "frontmatter.duplicate_key",
                f"The frontmatter has a duplicate key: {(exc.problem or '').removeprefix('found duplicate key ')}.",
                line=_mark_line(exc, first_line),
            )
        )
        return None
    except _AliasError as exc:
        line = None if exc.line is None else first_line + exc.line
        problems.append(
            problem(
                "frontmatter.alias",
                "YAML aliases (*name) are not allowed in frontmatter.",
                line=line,
            )
        )
        return None
    except _DepthError as exc:
        problems.append(
            problem(
                "frontmatter.too_deep",
                f"The frontmatter nests more than {MAX_FRONTMATTER_DEPTH} levels deep.",
                line=None if exc.line is None else first_line + exc.line,
            )
        )
        return None
    except yaml.YAMLError as exc:
        line = _mark_line(exc, first_line)
        where = f" at line {line}" if line else ""
        problems.append(
            problem(
                "frontmatter.yaml_error",
                f"The frontmatter is not valid YAML{where}: {_yaml_message(exc)}.",
                line=line,
            )
        )
        return None
    except (ValueError, TypeError, OverflowError, RecursionError, MemoryError) as exc:
        # e.g. a timestamp like 2024-02-31, or an integer with 10,000 digits.
        problems.append(
            problem(
                "frontmatter.yaml_error",
                f"The frontmatter has a value that cannot be read: {type(exc).__name__}: {exc}"[
                    :300
                ],
            )
        )
        return None
    finally:
        loader.dispose()
    for difference in differences[:MAX_YAML11_PROBLEMS]:
        problems.append(
            problem(
                "frontmatter.yaml11",
                f"'{difference.text[:80]}' reads as {_shown(difference.yaml12)} in YAML 1.2 "
                f"(agents) but as {_shown(difference.yaml11)} in YAML 1.1; it is stored as "
                "YAML 1.2 reads it. Quote it to make it unambiguous.",
                line=first_line + difference.line,
            )
        )
    if not isinstance(data, dict):
        kind = type(data).__name__
        problems.append(
            problem(
                "frontmatter.not_mapping",
                f"The frontmatter must be a mapping of fields (name: ..., description: ...), not a {kind}.",
                line=first_line,
            )
        )
        return None
    return _jsonable(data)  # type: ignore[return-value]
