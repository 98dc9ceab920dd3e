"""A plain-text report of one discovered skill (``manage.py validate_skill``)."""

from __future__ import annotations

from skills.ingestion.discovery.records import DiscoveredSkill

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def skill_report_lines(skill: DiscoveredSkill) -> list[str]:
    """A plain-text report of one discovered skill (problems, verdicts, capabilities, licence)."""
    md = skill.skill_md
    lines = [
        f"Skill: {md.name or '?'}  (folder: {skill.folder_name}, path: {skill.path or '.'})",
        f"Description: {(md.description or '-')[:200]}",
        "",
    ]
    problems = sorted(
        skill.problems, key=lambda p: (_SEVERITY_ORDER.get(str(p.severity), 3), p.line or 0, p.code)
    )
    if problems:
        lines.append(f"Problems ({len(problems)}):")
        for p in problems:
            where = f"line {p.line}" if p.line else (p.path or "")
            lines.append(f"  {str(p.severity).upper():7} {p.code:24} {where:14} {p.message}")
    else:
        lines.append("Problems: none")
    caps = skill.capabilities
    lines += [
        "",
        f"Spec-valid (agentskills.io): {'yes' if skill.is_spec_valid else 'no'}",
        f"Listable (agents load it):   {'yes' if md.is_listable else 'no'}",
        "",
        f"Files: {caps['file_count']} ({caps['total_bytes']:,} bytes); scripts: {caps['scripts']}, "
        f"references: {caps['references']}, assets: {caps['assets']}"
        + (f"; other folders: {', '.join(caps['other_dirs'])}" if caps["other_dirs"] else ""),
        f"Script languages: {', '.join(caps['script_languages']) or '-'}",
        f"License: {skill.license or 'unknown'}"
        + (
            f" (from {skill.license_source}, confidence {skill.license_confidence:.2f})"
            if skill.license
            else ""
        ),
        f"Content hash: {skill.content_hash}",
    ]
    return lines
