"""The value types of the scanner: severities, rules, findings and the report."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def shifted(self, steps: int) -> Severity:
        """This severity moved `steps` levels up (positive) or down (negative), clamped."""
        return _ORDER[max(0, min(len(_ORDER) - 1, _RANK[self] + steps))]


_ORDER: tuple[Severity, ...] = (
    Severity.INFO,
    Severity.LOW,
    Severity.MEDIUM,
    Severity.HIGH,
    Severity.CRITICAL,
)
_RANK: dict[Severity, int] = {s: i for i, s in enumerate(_ORDER)}


@dataclass(frozen=True)
class Rule:
    """One check. `severity` is the rule's highest severity; a finding may be lower when the
    context shows a mention rather than an instruction (see docs/SECURITY_SCANNER.md)."""

    id: str
    family: str
    severity: str
    title: str
    looks_for: str
    why: str
    fix: str


@dataclass(frozen=True)
class Finding:
    rule_id: str
    severity: str
    file: str
    line: int | None
    excerpt: str
    message: str

    @property
    def key(self) -> str:
        """Identity used by waivers: stable when lines move, changes when the excerpt does."""
        digest = hashlib.sha1(self.excerpt.encode("utf-8"), usedforsecurity=False).hexdigest()
        return f"{self.rule_id}:{self.file}:{digest[:12]}"

    def as_dict(self) -> dict:
        data = asdict(self)
        data["key"] = self.key
        return data


@dataclass
class ScanReport:
    verdict: str  # "pass" | "review" | "fail"
    findings: list[Finding] = field(default_factory=list)
    risk_score: int = 0
    scanner_version: str = ""
    rules_hash: str = ""
    engine: str = "builtin"

    def as_dict(self) -> dict:
        return {
            "verdict": self.verdict,
            "risk_score": self.risk_score,
            "scanner_version": self.scanner_version,
            "rules_hash": self.rules_hash,
            "engine": self.engine,
            "findings": [f.as_dict() for f in self.findings],
        }
