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

import bisect
import re
from collections.abc import Callable, Iterator
from typing import Any

import re2

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False
_OPTIONS.max_mem = 64 << 20
_SPAN_OPTIONS = re2.Options()  # for Rx.spans: the same matches, no groups to fill
_SPAN_OPTIONS.log_errors = False
_SPAN_OPTIONS.max_mem = 64 << 20
_SPAN_OPTIONS.never_capture = True
MAX_SPANS = 2000  # Rx.spans gives up past this many candidate matches in one text

# The binding's low-level entry point: Match(anchor, utf8_bytes, pos, endpos) -> the (start, end)
# byte offsets of every group, (-1, -1) for no match. Calling it directly skips a generator, a
# match object and a re-encoding of the text per call (the binding encodes a str every time).
_Anchor = re2._re2.RE2.Anchor
_UNANCHORED, _ANCHOR_START, _ANCHOR_BOTH = (
    _Anchor.UNANCHORED,
    _Anchor.ANCHOR_START,
    _Anchor.ANCHOR_BOTH,
)
_char_len = re2._re2.BytesToCharLen  # (utf8, start, end) -> characters in utf8[start:end]
_byte_len = re2._re2.CharLenToBytes  # (utf8, start, n) -> bytes of the n characters from start

# The UTF-8 form of the last few texts searched: the scanner runs dozens of patterns over one
# file's text (and several over one step's) in a row, and encoding it once is enough.
_ENCODED: dict[int, tuple[str, bytes]] = {}
_ENCODED_KEEP = 4


def _utf8(text: str) -> bytes:
    if len(text) < 512:  # a sentence or a step: encoding it costs less than keeping it
        return text.encode("utf-8")
    hit = _ENCODED.get(id(text))
    if hit is not None and hit[0] is text:
        return hit[1]
    buf = text.encode("utf-8")  # raises on a lone surrogate, as the binding does
    if len(_ENCODED) >= _ENCODED_KEEP:
        _ENCODED.clear()
    _ENCODED[id(text)] = (text, buf)
    return buf


def _prepare(text: str, pos: int, endpos: int | None) -> tuple[bytes | memoryview, int, bool]:
    """(UTF-8 of text[pos:endpos], pos, whether it is ASCII). The region is searched as a text of
    its own (`^`, `\\b` and `\\A` see its edges), as when it was sliced first; an ASCII region
    is a view of the whole text's bytes (no copy), another region is encoded on its own (finding
    its place in the whole text's bytes would read them from the start every time)."""
    n = len(text)
    end = n if endpos is None else min(endpos, n)
    pos = max(0, pos)
    if pos >= end:
        return b"", pos, True
    if text.isascii():
        buf = _utf8(text)
        return (buf if pos == 0 and end == n else memoryview(buf)[pos:end]), pos, True
    if pos == 0 and end == n:
        return _utf8(text), 0, False
    region = text[pos:end]  # a region: its own bytes only
    return region.encode("utf-8"), pos, region.isascii()


def _char_spans(
    buf: bytes | memoryview, spans: list, off: int, ascii_: bool, at: list[int]
) -> list:
    """Byte spans in buf -> character spans in the caller's text (buf starts at character off).
    `at` = [byte, char] of the last offset converted: over one finditer the conversion reads buf
    once, whatever the number of matches or groups."""
    if ascii_:
        if not off:
            return spans  # byte offsets are the characters' already
        return [(a + off, b + off) if a >= 0 else (a, b) for a, b in spans]
    chars: dict[int, int] = {}
    last_b, last_c = at
    for o in sorted({o for span in spans for o in span if o >= 0}):
        if o < last_b:  # a group before the previous match's end: count from the start
            last_b, last_c = 0, 0
        last_c += _char_len(buf, last_b, o)
        last_b = o
        chars[o] = last_c
    at[0], at[1] = last_b, last_c
    return [(chars[a] + off, chars[b] + off) if a >= 0 else (a, b) for a, b in spans]


class Match:
    """The part of `re.Match` the scanner uses, with positions in the caller's text."""

    __slots__ = ("_rx", "_spans", "_text")

    def __init__(self, rx: Rx, text: str, spans: list) -> None:
        self._rx, self._text, self._spans = rx, text, spans

    def _span(self, g: int | str) -> tuple[int, int]:
        if not isinstance(g, int):
            try:
                g = self._rx.groupindex[g]
            except KeyError:
                raise IndexError("bad group name") from None
        if not 0 <= g < len(self._spans):
            raise IndexError("bad group index")
        return self._spans[g]

    def group(self, g: int | str = 0):
        a, b = self._span(g)
        return None if a < 0 else self._text[a:b]

    def __getitem__(self, g: int | str):
        return self.group(g)

    def groups(self) -> tuple:
        return tuple(self.group(i) for i in range(1, len(self._spans)))

    def groupdict(self) -> dict:
        return {k: self.group(i) for k, i in self._rx.groupindex.items()}

    def start(self, g: int | str = 0) -> int:
        return self._span(g)[0]

    def end(self, g: int | str = 0) -> int:
        return self._span(g)[1]

    def span(self, g: int | str = 0) -> tuple[int, int]:
        return self._span(g)


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

    __slots__ = (
        "_groupindex", "_groups", "_loose", "_part_set", "_re", "flags", "parts", "pattern",
    )  # fmt: skip

    def __init__(self, pattern: str, flags: int = 0, *, options: re2.Options = _OPTIONS) -> None:
        prefix = "".join(
            c for f, c in ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s")) if flags & f
        )
        self.pattern, self.flags = pattern, int(flags)
        compiled = re2.compile(f"(?{prefix}){pattern}" if prefix else pattern, options)
        self._re = compiled._regexp  # the RE2 object itself (see _UNANCHORED above)
        self._groupindex: dict[str, int] | None = None
        self._loose: Rx | bool | None = False  # not built yet
        self._groups: tuple[Rx, ...] | None = None  # the loosened union in groups (_loose_groups)
        self._part_set: LooseSet | bool | None = None  # a union's parts in one set (found_in)
        # For a pattern built as an alternation of others (any_of): those patterns, each far
        # cheaper to run over a long text than their union (whose DFA does not fit in memory).
        self.parts: tuple[Rx, ...] = ()

    @property
    def groupindex(self) -> dict[str, int]:
        if self._groupindex is None:
            self._groupindex = {
                name.decode("utf-8"): i for name, i in self._re.NamedCapturingGroups()
            }
        return self._groupindex

    def found_in(self, text: str) -> bool:
        """Whether the pattern matches anywhere in text (one part at a time when it has parts).
        A pattern with parts first runs one RE2 set pass over its parts' loosened forms (see
        `loosen`: each matches wherever its part does in the same text), then searches only the
        parts whose loosened form matched: a part whose loosened form does not match cannot
        match. Most texts hold none of them (87 % of the corpus's Markdown files for the text
        signals), and the parts present are searched until one matches, where the loop over
        every part read the whole text once per absent part. When the set cannot answer (its
        automaton out of memory, or a text that cannot be encoded), the loosened union runs
        first, then the parts one by one."""
        if self.parts:
            if self._part_set is None:
                self._part_set = LooseSet.of(self.parts) or False
            if self._part_set:
                present = self._part_set.present(text)  # type: ignore[union-attr]
                if present is not None:
                    return any(self.parts[i].found_in(text) for i in present)
            if not any(p.flags & ~re.IGNORECASE for p in self.parts):  # the union keeps only `i`
                loose = self._loosened()
                if loose is not None and not any(
                    g.search(text) is not None for g in self._loose_groups()
                ):
                    return False
            return any(p.found_in(text) for p in self.parts)
        return self.search(text) is not None

    def _loosened(self) -> Rx | None:
        """The loosened pattern (see `loosen`), or None when it matches the empty string (it
        would rule nothing out)."""
        if self._loose is False:
            loose = Rx(loosen(self.pattern), self.flags, options=_SPAN_OPTIONS)
            self._loose = None if loose.search("") is not None else loose
        return self._loose  # type: ignore[return-value]

    def _loose_groups(self) -> tuple[Rx, ...]:
        """The loosened pattern as consecutive groups of its parts' loosened patterns, each
        group an alternation of at most _GROUP_PARTS of them (the loosened pattern itself when
        it has no more parts than that). A union of many parts has an automaton too big for
        RE2's memory budget: it is rebuilt again and again as a text is searched (the 22 parts
        of the role analysis's union: 0.85 s of CPU for one pass over the corpus's Markdown);
        each group's fits (three groups: 0.17 s). `_merged_spans` gives the union's matches
        from the groups' matches. Only once the loosened pattern is known not to match the
        empty string (`_loosened`)."""
        if self._groups is None:
            loose = self._loosened()
            assert loose is not None
            self._groups = (loose,)
            wrapped = [loosen(_wrapped(p)) for p in self.parts]
            if len(wrapped) > _GROUP_PARTS and "|".join(wrapped) == loose.pattern:
                k = -(-len(wrapped) // _GROUP_PARTS)  # groups of even sizes
                size = -(-len(wrapped) // k)
                self._groups = tuple(
                    Rx("|".join(wrapped[i : i + size]), self.flags, options=_SPAN_OPTIONS)
                    for i in range(0, len(wrapped), size)
                )
        return self._groups

    def spans(self, text: str, limit: int = MAX_SPANS) -> list[tuple[int, int]] | None:
        """(start, end) of the matches of the loosened pattern (`loosen`) in text: any piece of
        whole lines of text holding a match of this pattern overlaps one of them. None (every
        piece must be searched) when the loosened pattern can match the empty string, or has
        more than `limit` matches."""
        loose = self._loosened()
        if loose is None:
            return None
        buf, off, ascii_ = _prepare(text, 0, None)
        groups = self._loose_groups() if self.parts else (loose,)
        found = _merged_spans([g._re.Match for g in groups], buf, limit)
        if found is None:
            return None  # an empty match, or a text full of candidates: search every piece
        return found if ascii_ else _char_spans(buf, found, off, False, [0, 0])

    def _one(self, anchor, text: str, pos: int, endpos: int | None) -> Match | None:
        buf, off, ascii_ = _prepare(text, pos, endpos)
        spans = self._re.Match(anchor, buf, 0, len(buf))
        if spans[0][0] < 0:
            return None
        return Match(self, text, _char_spans(buf, spans, off, ascii_, [0, 0]))

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Match]:
        buf, off, ascii_ = _prepare(text, pos, endpos)
        match, n = self._re.Match, len(buf)
        at = [0, 0]
        bpos = 0
        while True:  # as the binding does: after an empty match, one character further
            spans = match(_UNANCHORED, buf, bpos, n)
            a, b = spans[0]
            if a < 0:
                return
            yield Match(self, text, _char_spans(buf, spans, off, ascii_, at))
            if bpos == n:
                return
            if bpos == b:
                bpos += 1 if ascii_ else _byte_len(buf, bpos, 1)
            else:
                bpos = b

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Match | None:
        return self._one(_UNANCHORED, text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> Match | None:
        return self._one(_ANCHOR_START, text, pos, endpos)

    def fullmatch(self, text: str) -> Match | None:
        return self._one(_ANCHOR_BOTH, text, 0, None)

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


class Never:
    """A pattern that matches nowhere: what `Gate.pieces` gives for a pattern ruled out."""

    __slots__ = ()

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> None:
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Match]:
        return iter(())


NEVER = Never()


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # RE2's `\b` words are ASCII: this is a superset


class Gate:
    """Named patterns that a loop searches piece by piece over one text (the sentences of a
    step, the lines of a script), each piece at most once per pattern, with one pass of each
    pattern's loosened form (`loosen`) over the whole text instead.

    A match of a pattern in a piece is a match of its loosened form in the whole text at the
    same place unless a `\b` at the piece's edge holds in the piece and not in the text: the
    piece's edge character and its neighbour in the text both word characters (a sentence that
    ends in a space before the next one's first letter is not such a piece). Pieces with such an
    edge are searched whatever the spans say. Any other match overlaps one of `Rx.spans`, so
    a piece that overlaps none cannot hold a match. `pieces` gives, for each piece, an object
    whose attribute of each name is the pattern, or `NEVER` where it cannot match. Search a
    part of a piece (a slice, or from a position) with the pattern itself, not through the
    gate: a part's edges may cut a word."""

    def __init__(self, namespace: object, names: tuple[str, ...]) -> None:
        self.patterns = {name: getattr(namespace, name) for name in names}
        # The view of a piece: every name is NEVER unless the piece's own attributes say else.
        self._view = type("GateView", (), dict.fromkeys(names, NEVER))
        self._set: LooseSet | None = None  # built at first use

    def pieces(
        self, text: str, pieces: list[tuple[int, str]], needed: frozenset[str] | None = None
    ) -> list[Any] | None:
        """One view per piece (offset in text, piece text), pieces in order, not overlapping.
        With `needed` (names): None when no piece's view would hold any of them (none matches
        anywhere in text, and no piece cuts a word), without placing any pattern's matches."""
        starts = [off for off, _ in pieces]
        every = [
            i
            for i, (off, piece) in enumerate(pieces)
            if piece
            and (
                (off > 0 and _word_char(piece[0]) and _word_char(text[off - 1]))
                or (
                    off + len(piece) < len(text)
                    and _word_char(piece[-1])
                    and _word_char(text[off + len(piece)])
                )
            )
        ]
        present = self._present(text)
        if needed is not None and not every and needed.isdisjoint(present):
            return None
        views = [self._view() for _ in pieces]
        for name, rx in self.patterns.items():
            # More matches than pieces: searching each piece costs less than placing them.
            spans = rx.spans(text, len(pieces)) if name in present else []
            hit: range | set[int] = range(len(pieces))
            if spans is not None:
                hit = found = set(every)
                for a, b in spans:  # the pieces overlapping [a, b)
                    i = max(0, bisect.bisect_right(starts, a) - 1)
                    while i < len(pieces) and starts[i] < b:
                        if starts[i] + len(pieces[i][1]) > a:
                            found.add(i)
                        i += 1
            for i in hit:
                setattr(views[i], name, rx)
        return views

    def _present(self, text: str) -> set[str] | dict[str, Rx]:
        """The names of the patterns whose loosened form matches somewhere in text, from one RE2
        set pass; all of them when the set cannot answer (a sentinel that matches every text is
        missing from the answer when its automaton ran out of memory)."""
        if self._set is None:
            self._set = LooseSet.of(tuple(self.patterns.values()))
            if self._set is None:
                raise ValueError("the gate's set does not compile")
        hits = self._set.present(text)
        if hits is None:
            return self.patterns
        names = list(self.patterns)
        return {names[i] for i in hits}


class _OneSet:
    """Some patterns in one RE2 set, matched together in one pass over a text. A sentinel that
    matches every text is added last: when it is missing from an answer (an automaton out of
    memory), the set gives no answer rather than a partial one."""

    __slots__ = ("_sentinel", "_set")

    def __init__(self, found: Any, sentinel: int) -> None:
        self._set, self._sentinel = found, sentinel

    @staticmethod
    def _built(sources: list[bytes]) -> tuple[Any, int] | None:
        """The compiled set of sources and its sentinel's index, or None when RE2 cannot build it."""
        found = re2._re2.Set(_UNANCHORED, _SPAN_OPTIONS)
        for i, source in enumerate(sources):
            if found.Add(source) != i:
                return None
        sentinel = found.Add(b"")  # matches every text: missing from an answer = no answer
        if sentinel != len(sources) or not found.Compile():
            return None
        return found, sentinel

    def _hits(self, text: str) -> set[int] | None:
        """The indexes of the sources that match in text, or None when the set cannot answer: a
        text that cannot be encoded, or an automaton out of memory."""
        try:
            hits = self._set.Match(_utf8(text))
        except UnicodeEncodeError:
            return None
        if self._sentinel not in hits:
            return None
        return {i for i in hits if i != self._sentinel}


class LooseSet(_OneSet):
    """The loosened forms (`loosen`) of some patterns in one RE2 set: one pass over a text says
    which of them match there, so which patterns cannot (a pattern matches nowhere its loosened
    form does not)."""

    __slots__ = ()

    @classmethod
    def of(cls, patterns: tuple[Rx, ...]) -> LooseSet | None:
        """The set of patterns' loosened forms, or None when RE2 cannot build it."""
        sources = []
        for rx in patterns:
            flags = "".join(
                c for f, c in ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"))
                if rx.flags & f
            )  # fmt: skip
            loose = loosen(rx.pattern)
            sources.append((f"(?{flags}:{loose})" if flags else f"(?:{loose})").encode())
        built = cls._built(sources)
        return None if built is None else cls(*built)

    def present(self, text: str) -> list[int] | None:
        """The indexes (in order) of the patterns whose loosened form matches somewhere in text,
        or None when the set cannot answer."""
        hits = self._hits(text)
        return None if hits is None else sorted(hits)


class LiteralSet(_OneSet):
    """Strings looked for as plain substrings, all at once: one RE2 set pass over a text says
    which of them occur in it (`str.find` for each costs a pass over the text per string)."""

    __slots__ = ()

    @classmethod
    def of(cls, strings: list[str]) -> LiteralSet | None:
        """The set of strings (none empty), or None when RE2 cannot build it."""
        if not all(strings):
            return None
        # every character that is not an ASCII letter or digit as \x{...}: a literal
        built = cls._built(
            [
                "".join(
                    c if c.isascii() and c.isalnum() else f"\\x{{{ord(c):x}}}" for c in literal
                ).encode("utf-8")
                for literal in strings
            ]
        )
        return None if built is None else cls(*built)

    def present(self, text: str) -> set[int] | None:
        """The indexes of the strings that occur in text, or None when the set cannot answer."""
        return self._hits(text)


def compile(pattern: str, flags: int = 0) -> Rx:
    return Rx(pattern, flags)


def any_of(*patterns: Rx) -> Rx:
    """One pattern matching where any of `patterns` would (their alternation, each with its own
    flags), which remembers its parts: `found_in` and `SkillFile.may_match` run them one by one
    over long texts."""
    combined = Rx("|".join(_wrapped(p) for p in patterns))
    combined.parts = tuple(patterns)
    return combined


def _wrapped(p: Rx) -> str:
    """p as one alternative of a union (`any_of`): a group with its `i` flag."""
    return f"(?i:{p.pattern})" if p.flags & re.IGNORECASE else f"(?:{p.pattern})"


_GROUP_PARTS = 8  # parts per group of a loosened union (Rx._loose_groups)


def _merged_spans(
    matchers: list[Callable], buf: bytes | memoryview, limit: int
) -> list[tuple[int, int]] | None:
    """The byte spans of the successive matches of the alternation G1|G2|...|Gk over buf (each
    search starting where the last match ended), from searches of each G alone (`matchers`: the
    RE2 objects' Match), or None at an empty match or past `limit` matches.

    Leftmost-first: the alternation's match from pos starts where the leftmost of the groups'
    matches from pos starts, and is the match of the first group that matches there (a group's
    match from pos is the one an alternative of the whole would give at that start: the first of
    its own alternatives that matches there). A group's next match, found from an earlier pos,
    is still its next one from pos while it starts at or after pos (no match of the group
    starts between; RE2 reads the text before pos as context, so `\b` sees the same
    neighbours): only the groups whose next match started before pos search again."""
    n = len(buf)
    nxt = [m(_UNANCHORED, buf, 0, n)[0] for m in matchers]
    found: list[tuple[int, int]] = []
    pos = 0
    while True:
        best_a, best_b = -1, -1
        for j, (a, b) in enumerate(nxt):
            if a < 0:
                continue  # no match of this group from an earlier pos: none from a later one
            if a < pos:
                a, b = nxt[j] = matchers[j](_UNANCHORED, buf, pos, n)[0]
                if a < 0:
                    continue
            if best_a < 0 or a < best_a:  # on a tie, the earlier group
                best_a, best_b = a, b
        if best_a < 0:
            return found
        if best_a == best_b or len(found) == limit:
            return None
        found.append((best_a, best_b))
        pos = best_b
