"""Frontmatter scalars as YAML 1.2 reads them (the core schema), not as PyYAML's YAML 1.1 does.

Agents and the ``skills`` CLI read frontmatter with YAML 1.2 parsers; PyYAML implements YAML
1.1, where ``name: no`` is ``False``, ``mode: 0755`` is 493, ``time: 1:30`` is 90, ``1_000`` is
1000 and ``2024-01-01`` is a date. :func:`scalars_as_yaml12` re-tags every plain (unquoted)
scalar of a composed document by the YAML 1.2 core schema, so the constructed values are the
ones agents see, and reports each scalar that the two versions read differently.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

STR, INT, FLOAT, BOOL, NULL = (
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null")
)

_NULL = re.compile(r"~|null|Null|NULL|")
_BOOL = re.compile(r"true|True|TRUE|false|False|FALSE")
_INT10 = re.compile(r"[-+]?[0-9]+")
_INT8 = re.compile(r"0o[0-7]+")
_INT16 = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_INF = re.compile(r"[-+]?\.(inf|Inf|INF)")
_NAN = re.compile(r"\.(nan|NaN|NAN)")


def yaml12_value(text: str) -> object:
    """The value of a plain scalar under the YAML 1.2 core schema."""
    if _NULL.fullmatch(text):
        return None
    if _BOOL.fullmatch(text):
        return text.lower() == "true"
    if _INT10.fullmatch(text):
        return int(text, 10)
    if _INT8.fullmatch(text):
        return int(text[2:], 8)
    if _INT16.fullmatch(text):
        return int(text[2:], 16)
    if _FLOAT.fullmatch(text):
        return float(text)
    if _INF.fullmatch(text):
        return -math.inf if text.startswith("-") else math.inf
    if _NAN.fullmatch(text):
        return math.nan
    return text


def _node_for(value: object) -> tuple[str, str]:
    """A (tag, text) pair that PyYAML's safe constructors turn into ``value``."""
    if value is None:
        return NULL, "null"
    if isinstance(value, bool):
        return BOOL, "true" if value else "false"
    if isinstance(value, int):
        return INT, str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return FLOAT, ".nan"
        if math.isinf(value):
            return FLOAT, "-.inf" if value < 0 else ".inf"
        return FLOAT, repr(value)
    return STR, str(value)


@dataclass(frozen=True)
class Yaml11Difference:
    text: str  # the scalar as written
    line: int  # 0-based, within the YAML text
    yaml11: object
    yaml12: object


def _same(a: object, b: object) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a == b


def scalars_as_yaml12(
    root: Node, construct_scalar: Callable[[Node], object], normalise: Callable[[object], object]
) -> list[Yaml11Difference]:
    """Re-tag the plain scalars under ``root`` by YAML 1.2; returns where 1.1 read otherwise.

    ``construct_scalar(node)`` is the loader's own construction of a node (the YAML 1.1
    reading); both readings are compared in their stored form (``normalise``), so a 1.1 date
    stored as its ISO text, or a NaN stored as "nan", is no difference.
    Mapping keys are re-tagged too. Each distinct node is visited once (aliases are refused
    before this runs).
    """
    differences: list[Yaml11Difference] = []
    stack: list[Node] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, MappingNode):
            for key_node, value_node in node.value:
                stack.extend((key_node, value_node))
        elif (
            isinstance(node, ScalarNode)
            and not node.style
            and node.tag.startswith("tag:yaml.org,2002:")
        ):
            value12 = yaml12_value(node.value)
            try:
                value11 = construct_scalar(node)
            except (ValueError, OverflowError, TypeError):
                value11 = node.value
            if _same(normalise(value11), normalise(value12)):
                continue
            line = node.start_mark.line if node.start_mark else 0
            differences.append(Yaml11Difference(node.value, line, value11, value12))
            node.tag, node.value = _node_for(value12)
    return sorted(differences, key=lambda d: d.line)
