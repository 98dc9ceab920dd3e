"""How close one skill's content is to another's: the "derived from" rule (pure Python).

A copy of a skill in another repository that differs from the original is its own listing;
it is marked *derived from* the original when its content is **close**:

    similarity = 0.75 x body + 0.25 x files >= DERIVED_THRESHOLD (0.80)

- ``body``: the normalised Indel similarity (``rapidfuzz.fuzz.ratio`` / 100) of the two
  SKILL.md bodies with runs of whitespace collapsed: 1.0 for the same text, 0.0 for nothing in
  common. The body is what an agent reads; the frontmatter's name and description are left
  out because a vendor renames a copy first.
- ``files``: the Jaccard index of the two folders' file paths (SKILL.md left out; 1.0 when
  neither has other files): a copy keeps the original's layout even when it edits a script.

So a copy whose text keeps 80 % of the original's and whose layout is the same is derived; a
skill that only shares a name or a few boilerplate paragraphs is not. rapidfuzz rather than
difflib: ``SequenceMatcher.ratio`` is a heuristic (its "junk" rule skips frequent characters
of texts over 200 characters) and quadratic in the worst case; rapidfuzz computes the exact
Indel distance with a bit-parallel algorithm in C++ (microseconds for a typical SKILL.md),
which matters because each new listing is compared with a few candidates during a sync.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz

DERIVED_THRESHOLD = 0.80
BODY_WEIGHT = 0.75
MAX_BODY_CHARS = 200_000  # longer bodies are compared on their first 200,000 characters

_SPACE = re.compile(r"\s+")


def _normal(body: str) -> str:
    return _SPACE.sub(" ", body or "").strip()[:MAX_BODY_CHARS]


def body_similarity(a: str, b: str) -> float:
    """1.0 for the same text (whitespace aside), 0.0 for nothing in common."""
    left, right = _normal(a), _normal(b)
    if not left and not right:
        return 1.0
    return fuzz.ratio(left, right) / 100.0


def files_similarity(a: Iterable[str], b: Iterable[str]) -> float:
    """Jaccard index of two folders' file paths, SKILL.md left out (1.0 when both are empty)."""
    left = {p for p in a if p != "SKILL.md"}
    right = {p for p in b if p != "SKILL.md"}
    if not left and not right:
        return 1.0
    return len(left & right) / len(left | right)


def content_similarity(
    *, body_a: str, files_a: Iterable[str], body_b: str, files_b: Iterable[str]
) -> float:
    """The weighted similarity of two skills' contents, rounded to 3 decimals."""
    body = body_similarity(body_a, body_b)
    files = files_similarity(files_a, files_b)
    return round(BODY_WEIGHT * body + (1 - BODY_WEIGHT) * files, 3)


def is_close(similarity: float) -> bool:
    return similarity >= DERIVED_THRESHOLD


def close_similarity(
    *, body_a: str, files_a: Iterable[str], body_b: str, files_b: Iterable[str]
) -> float | None:
    """:func:`content_similarity` when the two contents may be close, else None, cheaply: the
    file paths' part is exact and cheap, so the body's Indel ratio is only computed down to
    the score it would need (rapidfuzz's ``score_cutoff`` gives up early, say when the
    lengths alone rule it out)."""
    files = files_similarity(files_a, files_b)
    left, right = _normal(body_a), _normal(body_b)
    if not left and not right:
        body = 1.0
    else:
        # A hair under what is needed: a similarity that rounds up to the threshold counts.
        needed = (DERIVED_THRESHOLD - 0.0006 - (1 - BODY_WEIGHT) * files) / BODY_WEIGHT
        if needed > 1.0:
            return None
        body = fuzz.ratio(left, right, score_cutoff=max(0.0, needed) * 100) / 100.0
        if body == 0.0 and needed > 0:
            return None
    similarity = round(BODY_WEIGHT * body + (1 - BODY_WEIGHT) * files, 3)
    return similarity if is_close(similarity) else None
