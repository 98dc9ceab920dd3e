"""What changed between two versions of a skill, file by file (pure Python, no Django).

The review page shows it twice: unified (one column, - and + lines) and side by side
(old on the left, new on the right, changed lines paired). Added or changed scripts are
called out: they are what an update most often smuggles in.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import PurePosixPath

CONTEXT_LINES = 3
MAX_DIFF_LINES = 4000  # per file; a longer diff is cut with a note

SCRIPT_SUFFIXES = frozenset(
    {
        ".sh", ".bash", ".zsh", ".fish", ".py", ".js", ".mjs", ".cjs", ".ts", ".rb", ".pl",
        ".php", ".ps1", ".psm1", ".bat", ".cmd", ".lua", ".go", ".rs", ".swift", ".kts",
        ".applescript", ".vbs", ".exe", ".bin", ".so", ".dylib", ".dll", ".jar",
    }
)  # fmt: skip


@dataclass(frozen=True)
class FileSide:
    """One file of one version: its hash, and its text when it is text we could read."""

    sha256: str
    text: str | None  # None: binary, not stored or unreadable (compared by hash only)


@dataclass
class SideBySideRow:
    kind: str  # "equal" | "replace" | "delete" | "insert" | "skip"
    old_no: int | None = None
    old_text: str = ""
    new_no: int | None = None
    new_text: str = ""


@dataclass
class FileDiff:
    path: str
    status: str  # "added" | "removed" | "changed"
    is_script: bool = False
    comparable: bool = True  # both sides are text (else only "the bytes differ")
    unified: list[tuple[str, str]] = field(default_factory=list)  # (kind, line)
    rows: list[SideBySideRow] = field(default_factory=list)
    added_lines: int = 0
    removed_lines: int = 0
    truncated: bool = False


def is_script(path: str, text: str | None = None) -> bool:
    """A file an agent could run: under scripts/, a known script suffix, or a shebang."""
    p = PurePosixPath(path)
    if "scripts" in p.parts[:-1] or p.suffix.lower() in SCRIPT_SUFFIXES:
        return True
    return bool(text and text.startswith("#!"))


def _lines(text: str | None) -> list[str]:
    return (text or "").splitlines()


def _file_diff(path: str, old: FileSide | None, new: FileSide | None) -> FileDiff:
    status = "added" if old is None else "removed" if new is None else "changed"
    text_new = new.text if new else None
    diff = FileDiff(
        path=path,
        status=status,
        is_script=is_script(path, text_new if new else (old.text if old else None)),
    )
    if (old is not None and old.text is None) or (new is not None and new.text is None):
        diff.comparable = False
        return diff
    a, b = _lines(old.text if old else ""), _lines(text_new)
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for group in matcher.get_grouped_opcodes(CONTEXT_LINES):
        first, last = group[0], group[-1]
        header = f"@@ -{first[1] + 1},{last[2] - first[1]} +{first[3] + 1},{last[4] - first[3]} @@"
        diff.unified.append(("hunk", header))
        diff.rows.append(SideBySideRow(kind="skip", old_text=header))
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                for k in range(i2 - i1):
                    diff.unified.append(("equal", " " + a[i1 + k]))
                    diff.rows.append(
                        SideBySideRow("equal", i1 + k + 1, a[i1 + k], j1 + k + 1, b[j1 + k])
                    )
                continue
            for k in range(i1, i2):
                diff.unified.append(("delete", "-" + a[k]))
            for k in range(j1, j2):
                diff.unified.append(("insert", "+" + b[k]))
            diff.removed_lines += i2 - i1
            diff.added_lines += j2 - j1
            for k in range(max(i2 - i1, j2 - j1)):
                old_i, new_j = i1 + k, j1 + k
                row = SideBySideRow(kind=tag)
                if old_i < i2:
                    row.old_no, row.old_text = old_i + 1, a[old_i]
                if new_j < j2:
                    row.new_no, row.new_text = new_j + 1, b[new_j]
                if tag == "replace" and (row.old_no is None or row.new_no is None):
                    row.kind = "insert" if row.old_no is None else "delete"
                diff.rows.append(row)
        if len(diff.unified) > MAX_DIFF_LINES:
            diff.truncated = True
            diff.unified = diff.unified[:MAX_DIFF_LINES]
            diff.rows = diff.rows[:MAX_DIFF_LINES]
            break
    return diff


def versions_diff(old: dict[str, FileSide], new: dict[str, FileSide]) -> list[FileDiff]:
    """The files that differ between two versions (path -> side), scripts first, then by path.

    Unchanged files (same sha256) are left out.
    """
    diffs = []
    for path in sorted(set(old) | set(new)):
        before, after = old.get(path), new.get(path)
        if before is not None and after is not None and before.sha256 == after.sha256:
            continue
        diffs.append(_file_diff(path, before, after))
    diffs.sort(key=lambda d: (not (d.is_script and d.status != "removed"), d.path))
    return diffs
