"""Reading a skill's files: decoding, classifying (SKILL.md, other text, code, data, binary),
line and block indexes, and the frontmatter. Nothing here judges content."""

from __future__ import annotations

import bisect
import posixpath
import re
from collections.abc import Iterator
from itertools import accumulate, count
from operator import add

import re2
import yaml

from . import patterns as P
from .config import MAX_FILE_BYTES, MAX_LINE_CHARS
from .rx import Match, Rx

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _newline_positions(text: str) -> list[int]:
    """Positions of the newlines: the i-th is the length of the lines before it plus i."""
    lines = text.split("\n")
    lines.pop()
    return list(map(add, accumulate(map(len, lines)), count()))


def has_line_longer(text: str, limit: int) -> bool:
    """Whether a line of text (split at newlines) is longer than limit characters:
    `max(map(len, text.split("\\n"))) > limit` without building the list of lines. From a
    line start, the last newline in the next limit + 1 characters is the next place to look
    from; none there means the line is longer. Two steps always advance over limit characters."""
    n, start = len(text), 0
    while n - start > limit:
        last = text.rfind("\n", start, start + limit + 1)
        if last == -1:
            return True
        start = last + 1
    return False


def _cut_long_lines(text: str) -> tuple[str, int]:
    parts: list[str] = []
    cuts = 0
    start = 0
    n = len(text)
    while start < n:
        nl = text.find("\n", start)
        end = n if nl == -1 else nl
        if end - start > MAX_LINE_CHARS:
            pos = start
            while end - pos > MAX_LINE_CHARS:
                parts.append(text[pos : pos + MAX_LINE_CHARS - 1])
                parts.append("\n")
                pos += MAX_LINE_CHARS
                cuts += 1
            parts.append(text[pos:end])
        else:
            parts.append(text[start:end])
        if nl != -1:
            parts.append("\n")
        start = end + 1
    return "".join(parts), cuts


_WORD_INDEX_LIMIT = 128 * 1024

# Words `has_word` is asked about outside ANCHORS (linechecks); a word missing here is still
# answered right, by the slower word list.
_MORE_WORDS = ("chmod", "start", "fork", "chr", "fromcharcode")


class _Presence:
    """Which needles of ANCHORS occur in a file, as substrings, and which gate words occur as
    words (what `patterns.WORD.findall` would list), found in one RE2 set pass over the
    lowercased text. A needle that does not occur is never looked for again (`region`): most of
    them occur in few files, and `str.find` for an absent needle reads the whole text each time.

    A word w is a WORD token of a text exactly when it occurs at a place where the run of
    `[a-z0-9_]` before it is all digits (or empty) and is not followed by one of those characters
    (findall starts a token at `[a-z_]` outside a token, and a token runs over `[a-z0-9_]`)."""

    def __init__(self, literals: list[str], words: list[str]) -> None:
        options = re2.Options()
        options.log_errors = False
        options.max_mem = 64 << 20
        self.set = re2._re2.Set(re2._re2.RE2.Anchor.UNANCHORED, options)
        self.literals, self.words = frozenset(literals), frozenset(words)
        self.names: list[tuple[bool, str]] = []  # index -> (is a word, literal or word)
        for lit in literals:
            self._add(re2.escape(lit), (False, lit))
        for word in words:
            self._add(f"(?:^|[^a-z0-9_])[0-9]*{re2.escape(word)}(?:[^a-z0-9_]|$)", (True, word))
        self.sentinel = self._add("", (False, ""))  # matches every text: missing = no answer
        if not self.set.Compile():
            raise ValueError("the needle set does not compile")

    def _add(self, pattern: str, name: tuple[bool, str]) -> int:
        index = self.set.Add(pattern.encode("utf-8"))
        if index != len(self.names):
            raise ValueError(f"cannot index {name[1]!r}")
        self.names.append(name)
        return index

    def find(self, lower: str) -> tuple[frozenset[str], frozenset[str]] | None:
        """(needles present, words present), or None when the set could not answer (its
        automaton ran out of memory, or the text cannot be encoded): then ask str and the list."""
        try:
            hits = self.set.Match(lower.encode("utf-8"))
        except UnicodeEncodeError:
            return None
        if self.sentinel not in hits:
            return None
        names = [self.names[i] for i in hits]
        return (
            frozenset(n for is_word, n in names if not is_word),
            frozenset(n for is_word, n in names if is_word),
        )


_PRESENCE: _Presence | None = None


def _presence() -> _Presence:
    global _PRESENCE
    if _PRESENCE is None:
        words = {w for gate, _needles in P.ANCHORS.values() for w in gate} | set(_MORE_WORDS)
        words = {w for w in words if P.WORD.fullmatch(w)}  # only WORD tokens can be words
        literals = {n for _gate, needles in P.ANCHORS.values() for n in needles if n} | words
        _PRESENCE = _Presence(sorted(literals), sorted(words))
    return _PRESENCE


class SkillFile:
    """One file of the skill, decoded once, with lazily built line and block indexes."""

    def __init__(self, path: str, data: bytes) -> None:
        self.path = path
        name = posixpath.basename(path)
        self.name = name
        self.ext = posixpath.splitext(name)[1].lower()
        self.data = data
        self.size = len(data)
        self.truncated = len(data) > MAX_FILE_BYTES
        head = data[:MAX_FILE_BYTES]
        self.binary = False
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = head.decode("utf-16", errors="replace")
        elif b"\x00" in head[:8192]:
            self.binary = True
            text = ""
        else:
            text = head.decode("utf-8", errors="replace")
        # Positions of the real line ends (line numbers); then giant lines are cut into pieces
        # of MAX_LINE_CHARS by turning one character into a newline, so every line-based check
        # works on bounded lines and positions stay those of the file.
        self._original = text  # line numbers count the file's own lines
        self._newlines: list[int] | None = None
        self.long_lines = 0
        if has_line_longer(text, MAX_LINE_CHARS):
            text, self.long_lines = _cut_long_lines(text)
        self.text = text
        lower = text.lower()
        # Needles are found in `lower` and used as positions in `text`: keep the lengths equal.
        self.lower = lower if len(lower) == len(text) else text.translate(_ASCII_LOWER)
        top = path.split("/", 1)[0].lower() if "/" in path else ""
        self.in_scripts = top in ("scripts", "bin", "hooks", "tools")
        if self.binary:
            self.kind = "binary"
        elif path.lower() == "skill.md":
            self.kind = "skill_md"
        elif self.ext in P.MARKDOWN_EXTENSIONS:
            self.kind = "doc"
        elif (
            self.ext in P.CODE_EXTENSIONS
            or text.startswith("#!")
            or name in ("Makefile", "Dockerfile", "justfile", "Taskfile")
            or (self.in_scripts and not self.ext)
        ):
            self.kind = "code"
        else:
            self.kind = "data"
        self._fences: list[tuple[int, int, int]] | None = None
        self._comments: list[tuple[int, int]] | None = None
        self._words: frozenset[str] | None = None
        self._present: tuple[frozenset[str], frozenset[str]] | bool | None = False  # not yet
        self._spans: dict[tuple[str, ...], tuple[int, int]] = {}
        self._needles: dict[str, tuple[int, int]] = {}  # needle: (first start, last end) or -1s
        self._loose: dict[Rx, list[tuple[int, int]] | None] = {}
        self.memo: dict = {}  # results one stage computes and another reuses (steps)

    @property
    def words(self) -> frozenset[str]:
        if self._words is None:
            self._words = frozenset(P.WORD.findall(self.lower))
        return self._words

    def _presence(self) -> tuple[frozenset[str], frozenset[str]] | None:
        if self._present is False:
            self._present = _presence().find(self.lower)
        return self._present  # type: ignore[return-value]

    def has_word(self, *candidates: str) -> bool:
        """Whether one of the words occurs. Big files are not indexed (the index would cost more
        than it saves): there the answer is a plain substring test."""
        present = self._presence()
        index = _presence()
        if len(self.lower) > _WORD_INDEX_LIMIT:
            if present is not None and index.literals.issuperset(candidates):
                return not present[0].isdisjoint(candidates)
            return any(c in self.lower for c in candidates)
        if present is not None and index.words.issuperset(candidates):
            return not present[1].isdisjoint(candidates)
        return not self.words.isdisjoint(candidates)

    def region(self, needles: tuple[str, ...]) -> tuple[int, int] | None:
        """(start, end) of the lines from the first to the last occurrence of any needle."""
        cached = self._spans.get(needles)
        if cached is None:
            lower = self.lower
            first, last = -1, -1
            present = self._presence()
            known = _presence().literals
            for n in needles:  # many patterns share needles: each is looked for once per file
                at = self._needles.get(n)
                if at is None and present is not None and n in known and n not in present[0]:
                    at = self._needles[n] = (-1, -1)  # absent: the set pass says so
                if at is None:
                    i = lower.find(n)
                    at = self._needles[n] = (i, -1 if i == -1 else lower.rfind(n) + len(n))
                if at[0] != -1:
                    first = at[0] if first == -1 else min(first, at[0])
                    last = max(last, at[1])
            if first == -1:
                self._spans[needles] = cached = (-1, -1)
            else:
                ls = lower.rfind("\n", 0, first) + 1
                le = lower.find("\n", last)
                self._spans[needles] = cached = (ls, len(lower) if le == -1 else le)
        return None if cached[0] < 0 else cached

    def whole_lines(self, start: int, end: int) -> bool:
        """text[start:end] starts at the start of a line and ends at the end of one (before or
        after its newline): the pieces `may_match` can rule out."""
        text = self.text
        return (start == 0 or text[start - 1] == "\n") and (
            end >= len(text) or text[end] == "\n" or text[end - 1] == "\n"
        )

    def loose_spans(self, rx: Rx) -> list[tuple[int, int]] | None:
        """rx.spans(text), kept."""
        if rx not in self._loose:
            self._loose[rx] = rx.spans(self.text)
        return self._loose[rx]

    def may_match(self, rx: Rx, start: int, end: int) -> bool:
        """Whether text[start:end] can hold a match of rx: False only when it cannot (one pass
        of rx's loosened pattern over the whole file, kept; see rx.loosen). A piece that is not
        made of whole lines always may."""
        if not self.whole_lines(start, end):
            return True
        spans = self.loose_spans(rx)
        if spans is None:
            return True
        # spans are sorted and disjoint: the last one starting at or before `start`, and the next
        i = max(0, bisect.bisect_right(spans, (start, len(self.text) + 1)) - 1)
        return any(a < end and b > start for a, b in spans[i : i + 2])

    def iter(self, name: str) -> Iterator[Match]:
        """Matches of patterns.<name>, searched only where its anchors say it can match: one
        linear pass over the lines from the first to the last line holding a needle (every
        match contains a needle and stays on one line; tests check this on samples)."""
        words, needles = P.ANCHORS[name]
        if words and not self.has_word(*words):
            return
        span = self.region(needles)
        if span is not None:
            yield from getattr(P, name).finditer(self.text, span[0], span[1])

    def has(self, name: str) -> bool:
        return next(self.iter(name), None) is not None

    @property
    def is_markdown(self) -> bool:
        return self.kind in ("skill_md", "doc")

    @property
    def is_code(self) -> bool:
        return self.kind == "code"

    # -- positions -----------------------------------------------------------------------------
    def line_of(self, pos: int) -> int:
        if self._newlines is None:
            self._newlines = _newline_positions(self._original)
        return bisect.bisect_left(self._newlines, pos) + 1

    def line_bounds(self, pos: int) -> tuple[int, int]:
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        return start, (len(self.text) if end == -1 else end)

    def fence_at(self, pos: int) -> tuple[int, int, int] | None:
        """(content start, content end, opener line start) of the fenced block holding pos."""
        if not self.is_markdown:
            return None
        if self._fences is None:
            self._fences = []
            opener: re.Match[str] | None = None
            for m in P.FENCE.finditer(self.text):
                marker = m.group(1)
                if opener is None:
                    opener = m
                elif marker[0] == opener.group(1)[0] and len(marker) >= len(opener.group(1)):
                    content_start = self.text.find("\n", opener.end())
                    self._fences.append((content_start + 1, m.start(), opener.start()))
                    opener = None
            if opener is not None:  # unclosed fence runs to the end of the file
                content_start = self.text.find("\n", opener.end())
                if content_start != -1:
                    self._fences.append((content_start + 1, len(self.text), opener.start()))
        i = bisect.bisect_right(self._fences, (pos, len(self.text) + 1, 0)) - 1
        if i >= 0:
            block = self._fences[i]
            if block[0] <= pos < block[1]:
                return block
        return None

    def in_comment(self, pos: int) -> bool:
        if not self.is_markdown or "<!--" not in self.text:
            return False
        if self._comments is None:
            self._comments = [(m.start(), m.end()) for m in P.HTML_COMMENT.finditer(self.text)]
        i = bisect.bisect_right(self._comments, (pos, len(self.text) + 1)) - 1
        return i >= 0 and self._comments[i][0] <= pos < self._comments[i][1]


def parse_frontmatter(text: str) -> dict:
    if not text.startswith("---"):
        return {}
    end = text.find("\n---", 3)
    if end == -1 or end > 64 * 1024:
        return {}
    try:
        data = yaml.load(text[3:end], Loader=_YAML_LOADER)  # noqa: S506 (a safe loader)
    except Exception:
        # Not only YAMLError: on hostile input the constructors raise ValueError (`2026-13-45`),
        # AttributeError (`!!timestamp x`) and more; no frontmatter then, never a crash.
        return {}
    return data if isinstance(data, dict) else {}


def normalise_path(path: str) -> str:
    path = str(path).replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    return path.lstrip("/")
