"""Lists a script searches for (2.5.0): a detector's list of credential paths, a hunt script's
list of reverse-shell patterns, an audit's list of suspicious PowerShell words.

`datause.needle_spans` finds them by how the list is used (three or more strings, each use of
its name beside a matcher and never beside something that runs code); the role model reads a
script with those lists blanked (roles.Unit), and this pass lowers the pattern stages' findings
that lie inside one to low: what a list holds is what the script looks for, not what it does.
"""

from __future__ import annotations

from .collect import Collector
from .datause import needle_spans
from .findings import Severity
from .reading import SkillFile

_KEEP = ("secrets.", "hidden.", "binary.", "scan.", "learned.")


def lower_needles(files: list[SkillFile], out: Collector) -> None:
    code = {f.path: f for f in files if f.is_code and not f.binary}
    if not code:
        return
    lines: dict[str, list[tuple[int, int]]] = {}
    for key, x in list(out.findings.items()):
        f = code.get(x.file)
        if f is None or x.line is None or x.rule_id.startswith(_KEEP):
            continue
        if Severity(x.severity).rank <= Severity.LOW.rank:
            continue
        if x.file not in lines:
            lines[x.file] = [
                (f.line_of(a), f.line_of(max(a, b - 1))) for a, b in needle_spans(f.text)
            ]
        if not any(a <= x.line <= b for a, b in lines[x.file]):
            continue
        out.findings[key] = type(x)(
            rule_id=x.rule_id,
            severity=Severity.LOW.value,
            file=x.file,
            line=x.line,
            excerpt=x.excerpt,
            message=x.message + " (in a list of patterns the script searches for)",
        )
