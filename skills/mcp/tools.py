"""The MCP server's tools and resources: read-only views of the published catalogue.

Each tool is a function of validated arguments (JSON Schema in `TOOLS`) and the site's base
URL, answering plain JSON. Install commands always install the reviewed version served by
this marketplace: the `skills` CLI from our well-known index, or the version's ZIP.
"""

from __future__ import annotations

import shlex
from collections import Counter
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Prefetch, Q

from moderation.models import ScanResult
from skills.api.skillssh import skill_cli_name
from skills.install import PIN_LENGTH, folder_name
from skills.models import RawSkill, Skill, SkillFile, SkillVersion
from skills.selectors import SkillFilters, categories_with_counts, skill_search

SORTS = ["relevance", "popular", "trending", "latest", "new", "stars", "name"]
AGENTS = {
    # agent -> (skills CLI --agent, project folder, personal folder), as the CLI installs them
    "claude-code": ("claude-code", ".claude/skills", "~/.claude/skills"),
    "codex": ("codex", ".agents/skills", "~/.codex/skills"),
    "cursor": ("cursor", ".agents/skills", "~/.cursor/skills"),
    "gemini-cli": ("gemini-cli", ".agents/skills", "~/.gemini/skills"),
}
SCOPES = ["project", "global"]
SEARCH_LIMIT_MAX = 50
RESOURCE_PAGE = 100


class ToolError(Exception):
    """A tool could not answer (unknown skill, ...): reported to the model as an error."""


@dataclass(frozen=True)
class Tool:
    name: str
    title: str
    description: str
    input_schema: dict

    def as_json(self) -> dict:
        return {
            "name": self.name,
            "title": self.title,
            "description": self.description,
            "inputSchema": self.input_schema,
            "annotations": {"readOnlyHint": True, "openWorldHint": False},
        }


_SLUG = {
    "type": "string",
    "description": "The skill's slug owner/repo/skill, as search_skills returns it.",
    "pattern": "^[^/]+/[^/]+/[^/]+$",
    "maxLength": 300,
}

TOOLS = [
    Tool(
        name="search_skills",
        title="Search skills",
        description="Search the marketplace's published, security-reviewed agent skills. "
        "Returns slug, name, summary, security verdict, installs and an install command.",
        input_schema={
            "type": "object",
            "properties": {
                "query": {"type": "string", "maxLength": 200, "description": "Free text."},
                "category": {"type": "string", "maxLength": 64, "description": "Category key."},
                "tags": {
                    "type": "array",
                    "items": {"type": "string", "maxLength": 64},
                    "maxItems": 5,
                    "description": "Tag keys; a skill must have every one.",
                },
                "sort": {"type": "string", "enum": SORTS},
                "limit": {"type": "integer", "minimum": 1, "maximum": SEARCH_LIMIT_MAX},
            },
            "additionalProperties": False,
        },
    ),
    Tool(
        name="get_skill",
        title="Get a skill",
        description="Everything about one skill: frontmatter, SKILL.md text, files, security "
        "verdict with a findings summary, and its reviewed versions.",
        input_schema={
            "type": "object",
            "properties": {"slug": _SLUG},
            "required": ["slug"],
            "additionalProperties": False,
        },
    ),
    Tool(
        name="install_instructions",
        title="Install instructions",
        description="Shell commands that install the reviewed version of a skill for an "
        "agent, in the project or globally (for the user).",
        input_schema={
            "type": "object",
            "properties": {
                "slug": _SLUG,
                "agent": {"type": "string", "enum": sorted(AGENTS)},
                "scope": {"type": "string", "enum": SCOPES},
            },
            "required": ["slug"],
            "additionalProperties": False,
        },
    ),
    Tool(
        name="list_categories",
        title="List categories",
        description="The marketplace's categories with their number of published skills.",
        input_schema={"type": "object", "properties": {}, "additionalProperties": False},
    ),
]
TOOLS_BY_NAME = {tool.name: tool for tool in TOOLS}


# --- Helpers --------------------------------------------------------------------------------


def _skill_url(base: str, skill: Skill) -> str:
    return f"{base}/s/{skill.slug}/"


def _index_url(base: str, skill: Skill) -> str:
    owner, repo, _name = skill.slug.split("/", 2)
    return f"{base}/r/{owner}/{repo}"


def _cli_command(base: str, skill: Skill, *, agent: str | None, scope: str, pin: str = "") -> str:
    index = _index_url(base, skill) + (f"@{pin}" if pin else "")
    parts = ["npx", "skills", "add", index, "--skill", skill_cli_name(skill)]
    if agent:
        parts += ["--agent", AGENTS[agent][0]]
    if scope == "global":
        parts.append("-g")
    parts.append("-y")
    return " ".join(shlex.quote(p) for p in parts)


def _published(slug: str) -> Skill:
    skill = (
        Skill.objects.published()
        .filter(slug=slug, latest_version__isnull=False)
        .select_related("category", "latest_version", "popularity")
        .defer("search_vector")
        .first()
    )
    if skill is None:
        raise ToolError(f"No published skill {slug!r}. Use search_skills to find slugs.")
    return skill


def _installs(skill: Skill) -> int:
    popularity = getattr(skill, "popularity", None)
    return popularity.installs_total if popularity else 0


# --- Tools ----------------------------------------------------------------------------------


def search_skills(args: dict, *, base: str) -> dict:
    tags = [t for t in args.get("tags") or [] if t]
    qs = skill_search(
        query=args.get("query") or "",
        filters=SkillFilters(category=args.get("category") or None, tag=tags[0] if tags else None),
        sort=args.get("sort") or "",
    )
    for tag in tags[1:]:
        qs = qs.filter(
            Exists(Skill.tags.through.objects.filter(skill_id=OuterRef("pk"), tag__key=tag))
        )
    limit = args.get("limit") or 10
    skills = [
        {
            "slug": skill.slug,
            "name": skill.name,
            "summary": skill.summary,
            "verdict": skill.security_verdict or "unscanned",
            "installs": _installs(skill),
            "install_command": _cli_command(base, skill, agent=None, scope="project"),
            "url": _skill_url(base, skill),
        }
        for skill in qs[:limit]
    ]
    return {"skills": skills, "count": len(skills)}


def get_skill(args: dict, *, base: str) -> dict:
    skill = _published(args["slug"])
    version = skill.latest_version
    files = list(SkillFile.objects.filter(version=version).order_by("path"))
    scans = list(ScanResult.objects.filter(version=version).order_by("engine"))
    findings = [f for scan in scans for f in scan.findings or []]
    approved = RawSkill.objects.filter(version=OuterRef("pk"), state=RawSkill.State.APPROVED)
    versions = (
        SkillVersion.objects.filter(skill=skill)
        .filter(Exists(approved) | Q(pk=version.pk))
        .only("content_hash", "commit", "created_at", "security_verdict")
        .order_by("-created_at")[:20]
    )
    return {
        "slug": skill.slug,
        "name": skill.name,
        "summary": skill.summary,
        "url": _skill_url(base, skill),
        "category": skill.category.key if skill.category_id else None,
        "license": skill.license,
        "installs": _installs(skill),
        "frontmatter": version.frontmatter,
        "text": version.body,
        "files": [{"path": f.path, "size": f.size, "sha256": f.sha256} for f in files],
        "security": {
            "verdict": skill.security_verdict or "unscanned",
            "findings": len(findings),
            "by_severity": dict(Counter(str(f.get("severity", "")) for f in findings)),
            "top": [
                {k: f.get(k) for k in ("rule_id", "severity", "file", "line", "message")}
                for f in findings[:10]
            ],
        },
        "version": version.content_hash,
        "versions": [
            {
                "content_hash": v.content_hash,
                "commit": v.commit,
                "created_at": v.created_at.isoformat(),
                "verdict": v.security_verdict or "unscanned",
            }
            for v in versions
        ],
        "skill_md_resource": resource_uri(skill.slug),
    }


def install_instructions(args: dict, *, base: str) -> dict:
    skill = _published(args["slug"])
    agent = args.get("agent")
    scope = args.get("scope") or "project"
    version = skill.latest_version
    folder = folder_name(skill_cli_name(skill))
    zip_url = f"{base}/api/v1/skills/{skill.slug}/download?version={version.content_hash}"
    commands = [
        {
            "method": "skills CLI",
            "command": _cli_command(base, skill, agent=agent, scope=scope),
            "note": "Installs the reviewed files from this marketplace's well-known index.",
        },
        {
            "method": "skills CLI (pinned)",
            "command": _cli_command(
                base, skill, agent=agent, scope=scope, pin=version.content_hash[:PIN_LENGTH]
            ),
            "note": f"Always version {version.content_hash[:PIN_LENGTH]}, even after the skill "
            "is updated here.",
        },
    ]
    targets = [agent] if agent else sorted(AGENTS)
    for name in targets:
        _cli_agent, project_dir, global_dir = AGENTS[name]
        target = global_dir if scope == "global" else project_dir
        archive = f"{target}/{folder}.zip"
        commands.append(
            {
                "method": f"ZIP for {name}",
                "command": f"mkdir -p {target} && curl -fsSL {shlex.quote(zip_url)} -o {archive}"
                f" && unzip -o {archive} -d {target} && rm {archive}",
                "note": f"Unpacks into {target}/{folder}/ (version {version.content_hash[:12]}).",
            }
        )
    return {
        "slug": skill.slug,
        "agent": agent,
        "scope": scope,
        "version": version.content_hash,
        "verdict": skill.security_verdict or "unscanned",
        "commands": commands,
    }


def list_categories(args: dict, *, base: str) -> dict:
    return {
        "categories": [
            {
                "key": c.key,
                "name": c.name,
                "description": c.description,
                "skill_count": c.skill_count,
            }
            for c in categories_with_counts()
        ]
    }


HANDLERS = {
    "search_skills": search_skills,
    "get_skill": get_skill,
    "install_instructions": install_instructions,
    "list_categories": list_categories,
}
assert set(HANDLERS) == set(TOOLS_BY_NAME)

# --- Resources: each published skill's SKILL.md ----------------------------------------------

RESOURCE_SCHEME = "skill://"
RESOURCE_TEMPLATE = "skill://{owner}/{repo}/{skill}/SKILL.md"


def resource_uri(slug: str) -> str:
    return f"{RESOURCE_SCHEME}{slug}/SKILL.md"


def resources_list(*, offset: int) -> tuple[list[dict], int | None]:
    """One page of SKILL.md resources, and the next offset (None at the end)."""
    rows = list(
        Skill.objects.published()
        .filter(latest_version__isnull=False)
        .order_by("slug")
        .values_list("slug", "name", "summary")[offset : offset + RESOURCE_PAGE + 1]
    )
    more = len(rows) > RESOURCE_PAGE
    resources = [
        {
            "uri": resource_uri(slug),
            "name": slug,
            "title": f"{name}: SKILL.md",
            "description": summary,
            "mimeType": "text/markdown",
        }
        for slug, name, summary in rows[:RESOURCE_PAGE]
    ]
    return resources, (offset + RESOURCE_PAGE if more else None)


def resource_read(uri: str) -> dict:
    """The SKILL.md of the published version that `uri` names; ToolError when none."""
    from skills.storage import blob_read

    slug = uri[len(RESOURCE_SCHEME) : -len("/SKILL.md")] if uri.endswith("/SKILL.md") else ""
    if not uri.startswith(RESOURCE_SCHEME) or slug.count("/") != 2:
        raise ToolError(f"Unknown resource {uri!r}; expected {RESOURCE_TEMPLATE}.")
    skill = (
        Skill.objects.published()
        .filter(slug=slug, latest_version__isnull=False)
        .prefetch_related(
            Prefetch(
                "latest_version__files",
                queryset=SkillFile.objects.filter(path="SKILL.md").exclude(storage_key=""),
            )
        )
        .select_related("latest_version")
        .first()
    )
    files = list(skill.latest_version.files.all()) if skill else []
    if not files:
        raise ToolError(f"No published skill {slug!r}.")
    text = blob_read(files[0].storage_key).decode("utf-8", errors="replace")
    return {"uri": uri, "mimeType": "text/markdown", "text": text}
