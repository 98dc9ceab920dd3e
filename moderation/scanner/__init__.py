"""Static security scanner for skill versions (pure Python, no Django, no network).

    report = scan_files([("SKILL.md", b"..."), ("scripts/run.sh", b"...")])
    report.verdict  # "pass" | "review" | "fail"

The stages live in their own modules: reading.py (files), text.py (instruction-aware analysis
of prose), code_*.py (scripts and code blocks), secrets.py, linechecks.py and skillchecks.py
(pattern checks), verdict.py (policy); engine.py runs them within budgets. The rules are listed
in `RULES` and documented in docs/SECURITY_SCANNER.md. `RULES_HASH` (version.py) changes
whenever a rule, a pattern, a host list or a threshold changes, so stored scans made with other
rules can be found and rescanned. Submodules never import this package module (no cycles).
"""

from __future__ import annotations

from . import patterns
from .engine import scan_files
from .findings import Finding, Rule, ScanReport, Severity
from .rules import HYGIENE_FAMILIES, INTENT_FAMILIES, RULES, RULES_BY_ID
from .verdict import verdict_for
from .version import RULES_HASH, SCANNER_VERSION

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
    "patterns",
    "scan_files",
    "verdict_for",
]
