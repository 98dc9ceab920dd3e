"""Cutting Markdown into steps, and telling a step that teaches about an attack from one that
asks for it. A step is a paragraph, a list item or a table row, with the fenced code block that
follows it: what the agent is asked to do at once."""

from __future__ import annotations

import bisect
import re

from . import lexicon as L
from .reading import SkillFile
from .rx import Rx, any_of

_BULLET = ("- ", "* ", "+ ")
MAX_STEP_CHARS = 6000  # a step longer than this is cut into pieces of this size


class Step:
    __slots__ = ("end", "heading", "start", "text")

    def __init__(self, start: int, end: int, text: str, heading: str) -> None:
        self.start, self.end, self.text, self.heading = start, end, text, heading


def _is_item(line: str) -> bool:
    s = line.lstrip()
    if s.startswith(_BULLET) or s.startswith("|"):
        return True
    head = s[:4]
    return bool(head[:1].isdigit() and ("." in head or ")" in head))


def steps_of(text: str) -> list[Step]:
    """Paragraphs, list items and table rows, each with the code blocks right after it."""
    steps: list[Step] = []
    heading = ""
    cur_start = -1
    in_fence, fence_mark, fence_char, gap = False, "", "", 0

    def close(end: int) -> None:
        chunk_start = cur_start
        while chunk_start < end:  # long steps are cut so each stays bounded
            chunk_end = min(end, chunk_start + MAX_STEP_CHARS)
            steps.append(Step(chunk_start, chunk_end, text[chunk_start:chunk_end], heading))
            chunk_start = chunk_end

    pos = 0
    # One line at a time (split in C; a trailing empty line only counts as a blank). Lines of a
    # fenced block only end it; a blank line only widens the gap.
    for line in text.split("\n"):
        stripped = line.strip()
        if in_fence:
            if stripped.startswith(fence_mark) and not stripped.strip(fence_char):
                in_fence = False
        elif not stripped:
            gap += 1
        elif stripped.startswith(("```", "~~~")):
            in_fence, fence_mark = True, stripped[:3]
            fence_char = fence_mark[0]
            if cur_start < 0 or gap > 1:
                if cur_start >= 0:
                    close(pos)
                cur_start = pos
            gap = 0
        elif stripped[0] == "#":
            if cur_start >= 0:
                close(pos)
                cur_start = -1
            heading = stripped.lstrip("#").strip()[:200]
            gap = 0
        else:
            if cur_start < 0 or gap > 0 or _is_item(line):
                if cur_start >= 0:
                    close(pos)
                cur_start = pos
            gap = 0
        pos += len(line) + 1
    if cur_start >= 0:
        close(len(text))
    return steps


def file_steps(f: SkillFile) -> list[Step]:
    steps = f.memo.get("steps")
    if steps is None:
        steps = f.memo["steps"] = steps_of(f.text)
    return steps


def steps_that_may_match(f: SkillFile, patterns: tuple[Rx, ...]) -> list[Step]:
    """The steps of f, in order, that may hold a match of one of patterns: a step left out holds
    none (found from one pass of the patterns' union over the file, see SkillFile.may_match)."""
    key = ("may_match", patterns)
    found = f.memo.get(key)
    if found is not None:
        return found
    steps = file_steps(f)
    union = _UNIONS.get(patterns)
    if union is None:
        union = _UNIONS[patterns] = patterns[0] if len(patterns) == 1 else any_of(*patterns)
    spans = f.loose_spans(union)
    if spans is None:
        f.memo[key] = steps
        return steps
    starts = _step_starts(f)
    hit = set(_partial_steps(f))
    for a, b in spans:  # the steps overlapping [a, b)
        i = max(0, bisect.bisect_right(starts, a) - 1)
        while i < len(steps) and steps[i].start < b:
            if steps[i].end > a:
                hit.add(i)
            i += 1
    found = f.memo[key] = [steps[i] for i in sorted(hit)]
    return found


_UNIONS: dict[tuple[Rx, ...], Rx] = {}


def _partial_steps(f: SkillFile) -> list[int]:
    """Indexes of the steps that are not made of whole lines (pieces of a long step): these
    always may match."""
    partial = f.memo.get("partial_steps")
    if partial is None:
        # `steps_of` starts and ends a step at a line start (or the text's end) unless it cuts a
        # long one: only a piece of MAX_STEP_CHARS and the piece after it can be partial.
        steps = file_steps(f)
        cut = {i for i, st in enumerate(steps) if st.end - st.start == MAX_STEP_CHARS}
        partial = f.memo["partial_steps"] = [
            i
            for i in sorted(cut | {i + 1 for i in cut if i + 1 < len(steps)})
            if not f.whole_lines(steps[i].start, steps[i].end)
        ]
    return partial


def _step_starts(f: SkillFile) -> list[int]:
    starts = f.memo.get("step_starts")
    if starts is None:
        starts = f.memo["step_starts"] = [s.start for s in file_steps(f)]
    return starts


def teaching_cue(text: str) -> bool:
    """A cue that the text teaches about an attack ("refuse", "attackers"), not counting cues it
    negates: "DAN never refuses" asks the agent to drop its safeguards."""
    if L.TEACHING.search(text) is None:
        return False
    if L.ANTI_TEACHING.search(text) is None:
        return True
    return L.TEACHING.search(L.ANTI_TEACHING.sub(" ", text)) is not None


def is_teaching(f: SkillFile, step: Step) -> bool:
    """A step that teaches about an attack rather than asking for one: cues in the step or its
    heading, or a supporting document whose name says it catalogues attacks."""
    if teaching_cue(step.text) or teaching_cue(step.heading):
        return True
    if L.TEACHING_HEADING.search(step.heading):
        return True
    if f.kind != "skill_md" and L.TEACHING_PATH.search(f.path) is not None:
        return True
    if _TEXT_FENCE.search(step.text) is not None and _section_teaches(f, step):
        return True
    return _is_item(step.text.lstrip().split("\n", 1)[0]) and _intro_teaches(f, step)


# A fenced block the author marks as text, not as a language the agent runs.
_TEXT_FENCE = re.compile(r"(?m)^\s*(?:```|~~~)\s*(?:text|txt|plain|plaintext|log|output)\s*$")


def _intro_teaches(f: SkillFile, step: Step) -> bool:
    """A list item whose list a sentence ending in a colon introduces, under the same heading,
    with a teaching cue ("Read the user's requirements.txt and warn about:"): the items are
    what to look for, not what to do."""
    i = bisect.bisect_right(_step_starts(f), step.start) - 1
    steps = file_steps(f)
    for prev in reversed(steps[max(0, i - 12) : max(0, i)]):
        if prev.heading != step.heading:
            return False
        if _is_item(prev.text.lstrip().split("\n", 1)[0]):
            if introduces_nested(prev.text, step.text):
                return teaching_cue(prev.text)
            continue
        return prev.text.rstrip().endswith(":") and teaching_cue(prev.text)
    return False


def _indent(text: str) -> int:
    line = text.split("\n", 1)[0]
    return len(line) - len(line.lstrip())


def introduces_nested(parent: str, item: str) -> bool:
    """A list item ending in a colon ("2. Examples of the sentences to recognise (quoted, not
    to run):") and a more indented item after it: the nested items are what it introduces."""
    return parent.rstrip().endswith(":") and _indent(item) > _indent(parent)


def _section_teaches(f: SkillFile, step: Step) -> bool:
    """A step before this one under the same heading (up to three) teaches about the attack:
    "show what the classic one-liners look like so they can be recognised ... refuse if asked
    to run them" before a ```text block of them."""
    i = bisect.bisect_right(_step_starts(f), step.start) - 1
    steps = file_steps(f)
    for prev in steps[max(0, i - 3) : max(0, i)]:
        if prev.heading == step.heading and teaching_cue(prev.text):
            return True
    return False


def step_at(f: SkillFile, pos: int) -> Step | None:
    steps = file_steps(f)
    starts = _step_starts(f)
    i = bisect.bisect_right(starts, pos) - 1
    return steps[i] if i >= 0 and steps[i].start <= pos < steps[i].end else None


def teaching_at(f: SkillFile, pos: int) -> bool:
    if not f.is_markdown:
        return False
    step = step_at(f, pos)
    return step is not None and is_teaching(f, step)


_ITEM_NO = re.compile(r"\s*(?:\*\*)?(\d{1,2})[.)]\s")


def item_number(text: str) -> int:
    """The number of a numbered list item ("3. **Apply** ..."), or -1."""
    m = _ITEM_NO.match(text)
    return int(m.group(1)) if m else -1


def names_step(text: str, item: str) -> bool:
    """`text` refers to the numbered list item `item` by its number ("the values noted in step
    1", "the step-3 rule")."""
    n = item_number(item)
    if n < 0:
        return False
    if re.search(rf"\bsteps?[\s-]+{n}\b", text, re.IGNORECASE) is not None:
        return True
    # the same in the other languages of the skills (2.9.0): "paso 2", "Schritt 2", "шаг 2",
    # "3단계", "第 2 步", "ステップ2", "手順 2"
    return (
        re.search(
            _STEP_WORDS_BEFORE + rf"\s*{n}(?!\d)|(?<!\d){n}\s*(?:단계|번째\s*단계)"
            rf"|第\s*{n}\s*(?:步|条)",
            text,
            re.IGNORECASE,
        )
        is not None
    )


_STEP_WORDS_BEFORE = (
    r"(?:\b(?:pasos?|passos?|etapas?|[ée]tapes?|Schritte?s?|Schritt|punto|punkt|point)"
    r"|шаг\w*|пункт\w*|ステップ|手順|步骤|단계)"
)
