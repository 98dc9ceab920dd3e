"""Reads of the review page: everything a moderator needs to decide on one raw skill.

The verdict and every finding (each pointing at its file and line), every text file of the
version highlighted with line numbers, the spec problems, where it came from, the other
listings of the same content, open reports, and the diff from the live version.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from django.utils.safestring import SafeString, mark_safe
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import TextLexer, get_lexer_for_filename
from pygments.util import ClassNotFound

from moderation.diffing import FileDiff, FileSide, is_script, versions_diff
from moderation.models import FindingWaiver, ModerationDecision, Report, ScanResult
from moderation.queue import rule_family
from skills.models import RawSkill, SkillFile, SkillSourceLink, SkillVersion
from skills.storage import blob_read

logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 256 * 1024  # a longer file is shown cut, with a note
MAX_TOTAL_BYTES = 4 * 1024 * 1024  # all files of a version together
MAX_HIGHLIGHT_BYTES = 100 * 1024  # longer files are shown plain (still escaped)
SEVERITY_RANK = {"critical": 0, "high": 1, "medium": 2, "low": 3, "info": 4}
PROBLEM_RANK = {"error": 0, "warning": 1, "info": 2}
# Invisible characters that change how text reads (bidi controls, zero-width characters):
# shown as ⟦U+XXXX⟧ so a moderator sees what a model would read.
_INVISIBLE = re.compile("[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_FORMATTER = HtmlFormatter(nowrap=True)


@dataclass
class ShownFile:
    index: int
    path: str
    size: int
    sha256: str
    is_text: bool
    is_script: bool
    lines: list[SafeString] = field(default_factory=list)
    note: str = ""
    hit_lines: set[int] = field(default_factory=set)
    findings: int = 0
    has_invisible: bool = False

    @property
    def anchor(self) -> str:
        return f"file-{self.index}"


def reveal_invisible(text: str) -> str:
    return _INVISIBLE.sub(lambda m: f"\u27e6U+{ord(m.group()):04X}\u27e7", text)


def highlight_lines(path: str, text: str) -> list[SafeString]:
    """The file's lines as HTML, highlighted by Pygments (whose HtmlFormatter escapes every
    character of the text and closes its spans at each line end, so each line stands alone)."""
    if len(text) > MAX_HIGHLIGHT_BYTES:
        lexer = TextLexer()
    else:
        try:
            lexer = get_lexer_for_filename(path, stripnl=False, ensurenl=False)
        except ClassNotFound:
            lexer = TextLexer(stripnl=False, ensurenl=False)
    html = highlight(text, lexer, _FORMATTER)
    lines = html.split("\n")
    if lines and lines[-1] == "" and not text.endswith("\n\n"):
        lines.pop()
    return [mark_safe(line) for line in lines]


def _read_text(file: SkillFile, budget: list[int]) -> tuple[str | None, str]:
    """(text, note) of a stored file; text None when it cannot be shown."""
    if not file.is_text:
        return None, "Binary file: not shown."
    if not file.is_stored:
        return None, "Not stored (too large or excluded at ingestion)."
    if budget[0] <= 0:
        return None, "Not shown: the version's files are too large to show together."
    try:
        data = blob_read(file.storage_key)
    except OSError:
        logger.warning("stored file missing", extra={"key": file.storage_key})
        return None, "The stored file could not be read."
    note = ""
    if len(data) > MAX_FILE_BYTES:
        data, note = data[:MAX_FILE_BYTES], f"Cut at {MAX_FILE_BYTES // 1024} KB."
    budget[0] -= len(data)
    return data.decode("utf-8", errors="replace"), note


def version_texts(version: SkillVersion | None) -> dict[str, FileSide]:
    """path -> FileSide for the diff (text when readable)."""
    if version is None:
        return {}
    budget = [MAX_TOTAL_BYTES]
    sides = {}
    for file in version.files.all():
        text, _note = _read_text(file, budget)
        sides[file.path] = FileSide(sha256=file.sha256, text=text)
    return sides


def findings_of(version: SkillVersion | None) -> tuple[ScanResult | None, list[dict]]:
    """The builtin scan of a version and the findings of every engine, worst first."""
    if version is None:
        return None, []
    scans = list(ScanResult.objects.filter(version=version))
    builtin = next((s for s in scans if s.engine == "builtin"), None)
    waivers = {
        w.finding_key: w
        for w in FindingWaiver.objects.filter(version=version).select_related("moderator")
    }
    rows = []
    for scan in scans:
        for f in scan.findings or []:
            if not isinstance(f, dict):
                continue
            row = {**f, "engine": scan.engine, "family": rule_family(f.get("rule_id", ""))}
            waiver = waivers.get(f.get("key", ""))
            if waiver is not None:
                row["waived"], row["waiver"] = True, waiver
            rows.append(row)
    rows.sort(
        key=lambda f: (
            bool(f.get("waived")),
            SEVERITY_RANK.get(f.get("severity"), 5),
            f.get("file", ""),
            f.get("line") or 0,
        )
    )
    return builtin, rows


def shown_files(version: SkillVersion | None, findings: list[dict]) -> list[ShownFile]:
    """Every file of the version, text ones highlighted, SKILL.md first, then scripts."""
    if version is None:
        return []
    hits: dict[str, set[int]] = {}
    for f in findings:
        if f.get("line") and not f.get("waived"):
            hits.setdefault(f.get("file", ""), set()).add(int(f["line"]))
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.get("file", "")] = counts.get(f.get("file", ""), 0) + 1
    files = sorted(
        version.files.all(),
        key=lambda f: (f.path != "SKILL.md", not is_script(f.path), f.path),
    )
    budget = [MAX_TOTAL_BYTES]
    shown = []
    for index, file in enumerate(files):
        text, note = _read_text(file, budget)
        item = ShownFile(
            index=index,
            path=file.path,
            size=file.size,
            sha256=file.sha256,
            is_text=file.is_text,
            is_script=is_script(file.path, text),
            note=note,
            hit_lines=hits.get(file.path, set()),
            findings=counts.get(file.path, 0),
        )
        if text is not None:
            visible = reveal_invisible(text)
            item.has_invisible = visible != text
            item.lines = highlight_lines(file.path, visible)
        shown.append(item)
    return shown


def finding_anchor(files: list[ShownFile], finding: dict) -> str:
    for file in files:
        if file.path == finding.get("file"):
            line = finding.get("line")
            return f"#{file.anchor}-L{line}" if line else f"#{file.anchor}"
    return ""


@dataclass
class OtherListing:
    kind: str  # "link" | "same content" | "mirror"
    label: str
    url: str = ""
    detail: str = ""


def other_listings(raw: RawSkill) -> list[OtherListing]:
    """Where else this skill or this exact content is listed."""
    from django.urls import reverse

    rows: list[OtherListing] = []
    if raw.skill_id:
        links = SkillSourceLink.objects.filter(skill_id=raw.skill_id).select_related("source")
        for link in links:
            if link.source_id == raw.source_id and link.path == raw.path:
                continue
            rows.append(
                OtherListing(
                    kind="canonical listing" if link.is_canonical else "also listed by",
                    label=f"{link.source.name} · {link.path or '(root)'}",
                    url=link.url,
                    detail=f"content {link.content_hash[:12]}" if link.content_hash else "",
                )
            )
        for mirror in raw.skill.mirrors.all()[:20]:
            rows.append(
                OtherListing(kind="mirror", label=mirror.slug, url=mirror.get_absolute_url())
            )
        if raw.skill.mirror_of_id:
            original = raw.skill.mirror_of
            rows.append(
                OtherListing(kind="mirror of", label=original.slug, url=original.get_absolute_url())
            )
    same = (
        RawSkill.objects.filter(content_hash=raw.content_hash)
        .exclude(pk=raw.pk)
        .select_related("source")[:20]
    )
    for other in same:
        rows.append(
            OtherListing(
                kind="same content",
                label=f"{other.source.name} · {other.path or '(root)'}",
                url=reverse("admin:skills_rawskill_change", args=[other.pk]),
                detail=other.get_state_display(),
            )
        )
    return rows


def review_context(raw: RawSkill) -> dict:
    """Everything the review page shows about one raw skill."""
    version = raw.version
    skill = raw.skill
    scan, findings = findings_of(version)
    files = shown_files(version, findings)
    for finding in findings:
        finding["anchor"] = finding_anchor(files, finding)
    live = None
    diff: list[FileDiff] = []
    if skill is not None and skill.latest_version_id and skill.latest_version_id != raw.version_id:
        live = skill.latest_version
        diff = versions_diff(version_texts(live), version_texts(version))
    problems = sorted(raw.problems or [], key=lambda p: PROBLEM_RANK.get(p.get("severity"), 3))
    reports = list(Report.objects.filter(skill=skill, status=Report.Status.OPEN)) if skill else []
    decisions = ModerationDecision.objects.select_related("moderator")
    history = list(
        (decisions.filter(skill=skill) if skill else decisions.filter(raw_skill=raw))[:20]
    )
    return {
        "raw": raw,
        "version": version,
        "skill": skill,
        "scan": scan,
        "findings": findings,
        "open_findings": [f for f in findings if not f.get("waived")],
        "files": files,
        "problems": problems,
        "live": live,
        "diff": diff,
        "added_scripts": [d for d in diff if d.is_script and d.status == "added"],
        "changed_scripts": [d for d in diff if d.is_script and d.status == "changed"],
        "others": other_listings(raw),
        "reports": reports,
        "history": history,
        "license": (version.license if version else "") or (skill.license if skill else ""),
    }
