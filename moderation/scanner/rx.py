"""Linear-time regular expressions for untrusted text (google-re2, no backtracking).

Every pattern the scanner runs on skill content is compiled here. RE2 guarantees matching time
linear in the input, whatever the input: a line of `curl curl curl ...` or `http://a.a.a...`
cannot stall a scan (issue 21). RE2 has no look-around and no back-references; the few checks
that need them are done in Python after a match.

The binding re-encodes a ``str`` to UTF-8 on every call, so searching a region of a big text by
``pos``/``endpos`` would cost the whole text each time: `Rx` slices the region first and shifts
the positions back, and runs ASCII regions as bytes (no position mapping at all).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import re2

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False
_OPTIONS.max_mem = 64 << 20


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


class Rx:
    """A compiled RE2 pattern with the `re.Pattern` methods the scanner needs."""

    __slots__ = ("_re", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        prefix = "".join(
            c for f, c in ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s")) if flags & f
        )
        self.pattern, self.flags = pattern, int(flags)
        self._re = re2.compile(f"(?{prefix}){pattern}" if prefix else pattern, _OPTIONS)

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
