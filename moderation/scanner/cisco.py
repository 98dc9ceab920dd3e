"""Optional second engine: Cisco's open-source `cisco-ai-skill-scanner`, run locally.

Install with `pip install -e ".[scanner]"`. Only the package's core analyzers are used (static
YAML/YARA rules, bytecode, pipeline and correlation analyzers): no LLM, no VirusTotal, no AI
Defense, so no skill content leaves the machine. When the package is not importable,
`scan_folder_cisco` returns None and callers keep the built-in result only.
"""

from __future__ import annotations

import importlib.util
import tempfile
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from typing import Any

from .findings import Finding, ScanReport, Severity
from .verdict import verdict_for

ENGINE = "cisco"
_SEVERITY = {
    "CRITICAL": Severity.CRITICAL,
    "HIGH": Severity.HIGH,
    "MEDIUM": Severity.MEDIUM,
    "LOW": Severity.LOW,
    "INFO": Severity.INFO,
    "SAFE": Severity.INFO,
}


def cisco_available() -> bool:
    return importlib.util.find_spec("skill_scanner") is not None


def _finding(raw: Any, folder: Path) -> Finding:
    severity = _SEVERITY.get(
        str(getattr(raw.severity, "value", raw.severity)).upper(), Severity.MEDIUM
    )
    path = raw.file_path or ""
    try:
        path = Path(path).resolve().relative_to(folder.resolve()).as_posix() if path else ""
    except ValueError:
        path = PurePosixPath(path).name
    message = (raw.title or raw.description or raw.rule_id or "")[:300]
    return Finding(
        rule_id=f"cisco:{raw.rule_id}",
        severity=severity.value,
        file=path or "SKILL.md",
        line=raw.line_number,
        excerpt=(raw.snippet or "")[:160],
        message=message,
    )


def scan_folder_cisco(folder: str | Path) -> ScanReport | None:
    """Scan a skill folder with Cisco's core analyzers; None when the package is not installed."""
    if not cisco_available():
        return None
    from skill_scanner import SkillScanner

    folder = Path(folder)
    with SkillScanner(use_virustotal=False) as scanner:  # core, offline analyzers only
        result = scanner.scan_skill(folder, lenient=True)
    findings = [_finding(f, folder) for f in result.findings]
    verdict, score = verdict_for(findings)
    version = getattr(__import__("skill_scanner"), "__version__", "unknown")
    return ScanReport(
        verdict=verdict,
        findings=findings,
        risk_score=score,
        scanner_version=f"cisco-ai-skill-scanner {version}",
        rules_hash="",
        engine=ENGINE,
    )


def scan_files_cisco(files: Iterable[tuple[str, bytes]]) -> ScanReport | None:
    """Like scan_files, for the Cisco engine: writes the files to a private temporary folder."""
    if not cisco_available():
        return None
    with tempfile.TemporaryDirectory(prefix="skill-scan-") as tmp:
        root = Path(tmp) / "skill"
        for name, content in files:
            rel = PurePosixPath(name)
            if rel.is_absolute() or ".." in rel.parts:
                continue  # never write outside the temporary folder
            target = root.joinpath(*rel.parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        return scan_folder_cisco(root)
