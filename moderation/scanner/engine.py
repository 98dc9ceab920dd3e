"""The built-in static scanner: no network, no model, a few milliseconds per skill.

`scan_files` reads each file once (reading.py) and runs, per file, the stages that apply to its
kind: pattern checks (linechecks.py), the instruction-aware analysis of prose (text.py), the code
analysers (code.py: Python by `ast`, shell by bashlex, JavaScript/TypeScript and PowerShell by
tokens, also on the code blocks of Markdown), decode-then-execute (decoding.py) and secrets
(secrets.py); then the checks that need the whole folder (skillchecks.py, and chains across
files), and the verdict (verdict.py).

Work is bounded twice: every pattern is linear in its input (rx.py), and each file and each
skill has a size and a time budget (config.py; CPU time of the scanning thread, see Budget). A skill that exceeds one gets a
`scan.incomplete` finding, which never passes; the rest of the scan is skipped, not the sync.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from . import code, decoding, learned, linechecks, roleflow, rolesoften, secrets, text
from .collect import Collector, escape_text
from .config import FILE_SECONDS, MAX_FILE_BYTES, MAX_FILES, MAX_SKILL_BYTES, SKILL_SECONDS
from .findings import Finding, ScanReport, Severity
from .reading import SkillFile, normalise_path, parse_frontmatter
from .skillchecks import check_chains, check_skill
from .verdict import verdict_for
from .version import RULES_HASH, SCANNER_VERSION


class _OverBudget(Exception):
    pass


class Budget:
    """Deadlines for the current file and the whole skill, in CPU seconds of the scanning thread:
    the work done, whatever else the machine is doing, so a busy machine never turns a big file
    into `scan.incomplete` (a wall clock did: a 3 MB reference file came out `review` under
    load). Reading that clock is a system call (about 1.5 us); a thread never uses more CPU time
    than wall time, so it is read only once the cheap wall clock says a deadline may be past."""

    def __init__(self, skill_seconds: float = SKILL_SECONDS) -> None:
        self.skill_seconds = skill_seconds
        self.wall = self.file_wall = time.perf_counter()
        self.cpu = self.file_cpu = time.thread_time()

    def start_file(self) -> None:
        self.file_wall, self.file_cpu = time.perf_counter(), time.thread_time()

    def check(self) -> None:
        now = time.perf_counter()
        if now - self.file_wall <= FILE_SECONDS and now - self.wall <= self.skill_seconds:
            return  # not even that much wall time has passed
        cpu = time.thread_time()
        if cpu - self.file_cpu > FILE_SECONDS or cpu - self.cpu > self.skill_seconds:
            raise _OverBudget

    def skill_spent(self) -> bool:
        return time.thread_time() - self.cpu > self.skill_seconds


_STAGES = (
    linechecks.check_hidden,
    linechecks.check_injection,
    linechecks.check_html_comments,
    linechecks.check_execution,
    lambda f, out: linechecks.check_exfiltration(f, out, out.state),
    linechecks.check_persistence,
    linechecks.check_obfuscation,
    text.analyse_text,
    text.analyse_other_text,
    code.analyse_code,
    code.check_any_language,
    decoding.check_decoded,
    secrets.check_secrets,
)


def _incomplete(out: Collector, path: str, why: str) -> None:
    out.add("scan.incomplete", Severity.MEDIUM, path, None, path, why)


def _scan_file(f: SkillFile, out: Collector, budget: Budget) -> None:
    if f.path != escape_text(f.path):
        out.add(
            "hidden.zero-width", Severity.HIGH, f.path, None, f.path,
            "the file name contains invisible characters",
        )  # fmt: skip
    linechecks.check_binary(f, out)
    if f.binary:
        return
    if f.truncated:
        _incomplete(out, f.path, f"only the first {MAX_FILE_BYTES} bytes of {f.size} were scanned")
    for stage in _STAGES:
        budget.check()
        stage(f, out)


def analyse(
    files: Iterable[tuple[str, bytes]],
    *,
    frontmatter: dict | None = None,
    skill_seconds: float = SKILL_SECONDS,
) -> tuple[list[SkillFile], Collector, Budget]:
    """Every rule stage over one skill: the files read, the findings collected, the budget."""
    out = Collector()
    parsed: list[SkillFile] = []
    budget = Budget(skill_seconds)
    total = 0
    for index, (raw_path, content) in enumerate(files):
        path = normalise_path(raw_path)
        if index >= MAX_FILES:
            _incomplete(
                out, path, f"the skill has more than {MAX_FILES} files; the rest were not scanned"
            )
            break
        if total >= MAX_SKILL_BYTES:
            _incomplete(
                out, path, f"the skill is over {MAX_SKILL_BYTES} bytes; the rest were not scanned"
            )
            break
        data = (
            content.encode("utf-8", errors="replace")
            if isinstance(content, str)
            else bytes(content)
        )
        total += min(len(data), MAX_FILE_BYTES)
        f = SkillFile(path, data)
        parsed.append(f)
        budget.start_file()
        try:
            _scan_file(f, out, budget)
        except _OverBudget:
            _incomplete(out, path, "the file ran out of scanning time; the rest was not checked")
            if budget.skill_spent():
                _incomplete(
                    out, path, "the skill ran out of scanning time; later files were not checked"
                )
                break
        except (RecursionError, MemoryError, ValueError, TypeError, IndexError, KeyError) as exc:
            _incomplete(out, path, f"scanning stopped early on this file ({type(exc).__name__})")
    if frontmatter is None:
        skill_md = next((f for f in parsed if f.kind == "skill_md"), None)
        frontmatter = parse_frontmatter(skill_md.text) if skill_md else {}
    frontmatter = frontmatter if isinstance(frontmatter, dict) else {}
    check_skill(parsed, frontmatter, out, out.state)
    text.analyse_frontmatter(parsed, frontmatter, out)
    check_chains(parsed, out)
    if not budget.skill_spent():
        roleflow.analyse_skill(parsed, frontmatter, out)
        rolesoften.soften(parsed, frontmatter, out)
    text.check_concealment(out)
    return parsed, out, budget


def _sorted(out: Collector) -> list[Finding]:
    return sorted(
        out.findings.values(),
        key=lambda x: (-Severity(x.severity).rank, x.file, x.line or 0, x.rule_id),
    )


def scan_files(
    files: Iterable[tuple[str, bytes]],
    *,
    frontmatter: dict | None = None,
    skill_seconds: float = SKILL_SECONDS,
) -> ScanReport:
    """Scan one skill version. `files` are (path relative to the skill folder, content) pairs.

    Never raises on file content: binary, huge and undecodable files are handled; a file that
    runs out of budget, or that an analyser cannot handle, is recorded as `scan.incomplete`.
    The rule stages run first (`analyse`); a skill they would pass gets the learned second
    opinion (learned.py), which can only raise it to review; a skill they send to review gets
    the learned fail model, which can only raise it to fail; a skill they fail with no critical
    finding gets the learned demotion, which can only lower it to review (verdict.py). A `pass`
    never becomes `fail`, nothing is ever lowered to `pass`, and no finding is removed.
    """
    parsed, out, budget = analyse(files, frontmatter=frontmatter, skill_seconds=skill_seconds)
    findings = _sorted(out)
    verdict, score = verdict_for(findings)
    if not budget.skill_spent():
        units = out.state.get("role_units", ())
        if verdict == "pass":  # can raise it to review (medium), never further
            opinion = learned.second_opinion(parsed, findings, units)
            rule_id, severity = learned.RULE_ID, Severity.MEDIUM
        elif verdict == "review":  # the rules' review: can raise it to fail (high, verdict.py)
            opinion = learned.fail_opinion(parsed, findings, units)
            rule_id, severity = learned.FAIL_RULE_ID, Severity.HIGH
        else:  # the rules' fail with no critical finding: can lower it to review, never to pass
            opinion = learned.demote_opinion(parsed, findings, units)
            rule_id, severity = learned.DEMOTE_RULE_ID, Severity.MEDIUM
        if opinion is not None:
            path, line, words, reason = opinion
            out.add(rule_id, severity, path, line, words, reason)
            findings = _sorted(out)
            verdict, score = verdict_for(findings)
    return ScanReport(
        verdict=verdict,
        findings=findings,
        risk_score=score,
        scanner_version=SCANNER_VERSION,
        rules_hash=RULES_HASH,
    )
