"""Linear-time regular expressions for untrusted text (google-re2, no backtracking).

Every pattern the scanner runs on skill content is compiled here. RE2 guarantees matching time
linear in the input, whatever the input: a line of `curl curl curl ...` or `http://a.a.a...`
cannot stall a scan (issue 21). RE2 has no look-around and no back-references; the few checks
that need them are done in Python after a match.

The binding re-encodes a ``str`` to UTF-8 on every call, so searching a region of a big text by
``pos``/``endpos`` would cost the whole text each time: `Rx` slices the region first and shifts
the positions back, and runs ASCII regions as bytes (no position mapping at all).

Calling a pattern once per step of a long document costs more in the binding than in the
search: `Rx.spans` finds, in one pass over a file, where a match *could* be in any piece of it
(see `loose`), so the per-step loops skip the steps that cannot match.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import islice

import re2

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False
_OPTIONS.max_mem = 64 << 20
MAX_SPANS = 2000  # Rx.spans gives up past this many candidate matches in one text


class Match:
    """The part of `re.Match` the scanner uses, with positions in the caller's text."""

    __slots__ = ("_ascii", "_m", "_off")

    def __init__(self, m, off: int, ascii_: bool) -> None:
        self._m, self._off, self._ascii = m, off, ascii_

    def _val(self, v):
        if v is None or not self._ascii:
            return v
        return v.decode("ascii")

    def group(self, g: int | str = 0):
        return self._val(self._m.group(g))

    def __getitem__(self, g: int | str):
        return self.group(g)

    def groups(self) -> tuple:
        return tuple(self._val(v) for v in self._m.groups())

    def groupdict(self) -> dict:
        return {k: self._val(v) for k, v in self._m.groupdict().items()}

    def start(self, g: int | str = 0) -> int:
        s = self._m.start(g)
        return s if s < 0 else s + self._off

    def end(self, g: int | str = 0) -> int:
        e = self._m.end(g)
        return e if e < 0 else e + self._off

    def span(self, g: int | str = 0) -> tuple[int, int]:
        return self.start(g), self.end(g)


def loosen(pattern: str) -> str:
    """The pattern without the zero-width assertions `^ $ \\A \\z \\B` (outside classes), and
    with its bounded repetitions `{m,n}` unbounded (`{m,}`); `\\b` is kept.

    Dropping an assertion only removes a condition, so every match of the pattern in a piece of
    a text is a match of the loosened one at the same place. When the piece is made of whole
    lines (it starts at the text's start or after a newline, and ends at the text's end, before
    a newline or after one), a `\\b` that holds at the piece's edge holds in the whole text too,
    so that match is also one in the whole text: a piece of whole lines holds no match of the
    pattern unless a match of the loosened one in the whole text overlaps it (`Rx.spans`;
    `SkillFile.may_match` checks the piece's edges). Allowing more repetitions also only adds
    matches. Both choices are for speed: without `\\b`, or with `[^.]{0,160}` unrolled, some
    patterns' automata no longer fit in memory and run several times slower.
    """
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class = False
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            nxt = pattern[i + 1]
            if not in_class and nxt in "BAz":
                i += 2
                continue
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            if c == "[" and pattern.startswith("[:", i):  # [[:alpha:]]
                end = pattern.find(":]", i + 2)
                if end != -1:
                    out.append(pattern[i : end + 2])
                    i = end + 2
                    continue
            if c == "]":
                in_class = False
            out.append(c)
            i += 1
            continue
        if c == "[":
            in_class = True
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":  # a leading ] is a member of the class
                j += 1
            out.append(pattern[i:j])
            i = j
            continue
        if c in "^$":
            i += 1
            continue
        if c == "{":
            bounded = _BOUNDED.match(pattern, i)
            if bounded is not None:  # {m,n} -> {m,}: allows more, and keeps the automaton small
                out.append(f"{{{bounded.group(1)},}}")
                i = bounded.end()
                continue
        out.append(c)
        i += 1
    return "".join(out)


_BOUNDED = re.compile(r"\{(\d+),\d+\}")


class Rx:
    """A compiled RE2 pattern with the `re.Pattern` methods the scanner needs."""

    __slots__ = ("_loose", "_re", "flags", "parts", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        prefix = "".join(
            c for f, c in ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s")) if flags & f
        )
        self.pattern, self.flags = pattern, int(flags)
        self._re = re2.compile(f"(?{prefix}){pattern}" if prefix else pattern, _OPTIONS)
        self._loose: Rx | bool | None = False  # not built yet
        # For a pattern built as an alternation of others (any_of): those patterns, each far
        # cheaper to run over a long text than their union (whose DFA does not fit in memory).
        self.parts: tuple[Rx, ...] = ()

    def found_in(self, text: str) -> bool:
        """Whether the pattern matches anywhere in text (one part at a time when it has parts)."""
        if self.parts:
            return any(p.found_in(text) for p in self.parts)
        return self.search(text) is not None

    def spans(self, text: str) -> list[tuple[int, int]] | None:
        """(start, end) of the matches of the loosened pattern (`loosen`) in text: any piece of
        whole lines of text holding a match of this pattern overlaps one of them. None (every
        piece must be searched) when the loosened pattern can match the empty string, or has
        more than MAX_SPANS matches."""
        if self._loose is False:
            loose = Rx(loosen(self.pattern), self.flags)
            self._loose = None if loose.search("") is not None else loose
        if self._loose is None:
            return None
        assert isinstance(self._loose, Rx)
        spans = [m.span() for m in islice(self._loose.finditer(text), MAX_SPANS + 1)]
        if len(spans) > MAX_SPANS or any(a == b for a, b in spans):
            return None  # a text full of candidates: searching its pieces costs less
        return spans

    def _region(self, text: str, pos: int, endpos: int | None) -> tuple[object, int, bool]:
        end = len(text) if endpos is None else min(endpos, len(text))
        pos = max(0, pos)
        region = text if (pos == 0 and end == len(text)) else text[pos:end]
        if region.isascii():
            return region.encode("ascii"), pos, True
        return region, pos, False

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Match]:
        region, off, ascii_ = self._region(text, pos, endpos)
        for m in self._re.finditer(region):
            yield Match(m, off, ascii_)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Match | None:
        region, off, ascii_ = self._region(text, pos, endpos)
        m = self._re.search(region)
        return None if m is None else Match(m, off, ascii_)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> Match | None:
        region, off, ascii_ = self._region(text, pos, endpos)
        m = self._re.match(region)
        return None if m is None else Match(m, off, ascii_)

    def fullmatch(self, text: str) -> Match | None:
        region, off, ascii_ = self._region(text, 0, None)
        m = self._re.fullmatch(region)
        return None if m is None else Match(m, off, ascii_)

    def findall(self, text: str) -> list[str]:
        return [m.group() for m in self.finditer(text)]

    def sub(self, repl: str | Callable[[Match], str], text: str) -> str:
        parts, last = [], 0
        for m in self.finditer(text):
            parts.append(text[last : m.start()])
            parts.append(repl(m) if callable(repl) else repl)
            last = m.end()
        if not parts:
            return text
        parts.append(text[last:])
        return "".join(parts)


def compile(pattern: str, flags: int = 0) -> Rx:
    return Rx(pattern, flags)


def any_of(*patterns: Rx) -> Rx:
    """One pattern matching where any of `patterns` would (their alternation, each with its own
    flags), which remembers its parts: `found_in` and `SkillFile.may_match` run them one by one
    over long texts."""
    parts = []
    for p in patterns:
        flags = "i" if p.flags & re.IGNORECASE else ""
        parts.append(f"(?{flags}:{p.pattern})" if flags else f"(?:{p.pattern})")
    combined = Rx("|".join(parts))
    combined.parts = tuple(patterns)
    return combined
