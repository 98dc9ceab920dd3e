"""Static security scanner for skill versions (pure Python, no Django, no network).

    report = scan_files([("SKILL.md", b"..."), ("scripts/run.sh", b"...")])
    report.verdict  # "pass" | "review" | "fail"

The rules are listed in `RULES` and documented in docs/SECURITY_SCANNER.md. `RULES_HASH` changes
whenever a rule, a pattern, a host list or a threshold changes, so stored scans made with other
rules can be found and rescanned.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import asdict

from . import engine as _engine
from . import patterns as _patterns
from .engine import verdict_for
from .findings import Finding, Rule, ScanReport, Severity
from .rules import HYGIENE_FAMILIES, INTENT_FAMILIES, RULES, RULES_BY_ID

SCANNER_VERSION = "1.0.0"


def _rules_hash() -> str:
    material: dict[str, object] = {
        "rules": [asdict(r) for r in RULES],
        "intent": sorted(INTENT_FAMILIES),
        "patterns": {},
        "engine": {},
    }
    for module, key in ((_patterns, "patterns"), (_engine, "engine")):
        bucket: dict[str, object] = {}
        for name, value in sorted(vars(module).items()):
            if name.startswith("__"):
                continue
            if isinstance(value, re.Pattern):
                bucket[name] = [value.pattern, value.flags]
            elif isinstance(value, frozenset | tuple) and all(isinstance(v, str) for v in value):
                bucket[name] = sorted(value)
            elif isinstance(value, int | float) and name.isupper():
                bucket[name] = value
            elif isinstance(value, dict) and name.isupper() and name != "RULES_BY_ID":
                bucket[name] = {str(k): v for k, v in value.items()}  # ANCHORS, SEVERITY_WEIGHT
        material[key] = bucket
    blob = json.dumps(material, sort_keys=True, ensure_ascii=True).encode()
    return hashlib.sha256(blob).hexdigest()


RULES_HASH: str = _rules_hash()


def scan_files(
    files: Iterable[tuple[str, bytes]], *, frontmatter: dict | None = None
) -> ScanReport:
    """Scan one skill version (:func:`engine.scan_files`), stamped with this scanner's version
    and rules hash."""
    report = _engine.scan_files(files, frontmatter=frontmatter)
    report.scanner_version, report.rules_hash = SCANNER_VERSION, RULES_HASH
    return report


__all__ = [
    "HYGIENE_FAMILIES",
    "INTENT_FAMILIES",
    "RULES",
    "RULES_BY_ID",
    "RULES_HASH",
    "SCANNER_VERSION",
    "Finding",
    "Rule",
    "ScanReport",
    "Severity",
    "scan_files",
    "verdict_for",
]
