"""Interoperability: the well-known skills index and the Claude Code marketplace export.

Well-known index (RFC 8615 location, the v0.1 format the `skills` CLI reads)::

    /r/<owner>/<repo>/.well-known/agent-skills/index.json   (and the legacy .well-known/skills/)
    {"skills": [{"name": "pdf-tools", "description": "...", "files": ["SKILL.md", ...]}]}
    /r/<owner>/<repo>/.well-known/agent-skills/<name>/<path>   -> the file's bytes

so `npx skills add http://HOST/r/<owner>/<repo>` installs published skills of that repository
from this marketplace, byte for byte the approved version. A pinned index,
``/r/<owner>/<repo>@<hash prefix>/.well-known/...`` (12 to 64 hex characters of a version's
content hash), serves only the reviewed version with that hash, even after a newer one is
published: ``npx skills add http://HOST/r/<owner>/<repo>@<hash prefix> --skill <name>``.
The CLI refuses a whole index when one entry is invalid, so every entry is made valid: names are reduced to `[a-z0-9-]`
(1-64 characters, unique in the index), skills without a stored SKILL.md or a description
are left out, and only stored files with safe relative paths are listed.

`/marketplace.json` lists every published skill Claude Code can install in the
`.claude-plugin/marketplace.json` format: one plugin per repository (and commit), pointing at
the repository's git URL pinned to the commit of the approved versions, with the skills'
folders in `skills`; it passes `claude plugin validate --strict` (see marketplace_document
for what is left out and why).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import orjson
from django.conf import settings
from django.db.models import Exists, F, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce, NullIf
from django.http import Http404, HttpResponse
from django.urls import path, re_path, reverse
from django.views.decorators.http import require_GET

from skills.downloads import file_response, servable_files
from skills.install import NAME_MAX, index_name
from skills.models import RawSkill, Skill, SkillFile, SkillSource, SkillSourceLink, SkillVersion

_SHA = re.compile(r"[0-9a-f]{40}")
_PIN = re.compile(r"[0-9a-f]{12,64}")
MARKETPLACE_SCHEMA = "https://anthropic.com/claude-code/marketplace.schema.json"


def _unique(name: str, taken: set[str]) -> str:
    candidate, n = name, 2
    while candidate in taken:
        suffix = f"-{n}"
        candidate = name[: NAME_MAX - len(suffix)].rstrip("-") + suffix
        n += 1
    taken.add(candidate)
    return candidate


@dataclass
class IndexEntry:
    name: str
    description: str
    skill: Skill
    version: SkillVersion
    files: dict[str, SkillFile] = field(default_factory=dict)

    def as_json(self) -> dict:
        return {"name": self.name, "description": self.description, "files": list(self.files)}


def repository_split(repo: str) -> tuple[str, str]:
    """``"tools"`` -> ("tools", ""); ``"tools@<hash prefix>"`` -> ("tools", prefix).

    A pin is 12 to 64 lowercase hex characters of a version's content hash; anything else
    after ``@`` is refused with 404 (never read as a repository name)."""
    name, at, pin = repo.partition("@")
    if at and not _PIN.fullmatch(pin):
        raise Http404("A pinned index names a version by 12 to 64 hex characters of its hash.")
    return name, pin


def _repository_versions(*, owner: str, repo: str, pin: str) -> list[tuple[Skill, SkillVersion]]:
    """(skill, version served) of the repository's published skills, by slug: the published
    version, or with a pin the reviewed version whose content hash starts with it (a version
    that was approved by a moderator or by the publication policy, or the live one)."""
    published = Skill.objects.published().filter(
        repository_owner__iexact=owner, repository_name__iexact=repo, latest_version__isnull=False
    )
    fields = ("id", "content_hash", "created_at")
    if not pin:
        skills = list(
            published.select_related("latest_version")
            .only(
                "id",
                "slug",
                "name",
                "summary",
                "description",
                "latest_version_id",
                *(f"latest_version__{f}" for f in fields),
            )
            .order_by("slug")
        )
        return [(skill, skill.latest_version) for skill in skills]
    versions = list(
        SkillVersion.objects.filter(skill__in=published, content_hash__startswith=pin)
        .filter(Q(raw_skills__state=RawSkill.State.APPROVED) | Q(skill__latest_version=F("pk")))
        .select_related("skill")
        .only(
            "id",
            "skill",
            "content_hash",
            "created_at",
            "skill__id",
            "skill__slug",
            "skill__name",
            "skill__summary",
            "skill__description",
        )
        .distinct()
        .order_by("skill__slug")
    )
    return [(version.skill, version) for version in versions]


def repository_index(*, owner: str, repo: str, pin: str = "") -> list[IndexEntry]:
    """The published skills of one repository as index entries (two queries); with `pin`,
    only the reviewed version(s) whose content hash starts with it."""
    pairs = _repository_versions(owner=owner, repo=repo, pin=pin)
    files_by_version: dict = {}
    for f in SkillFile.objects.filter(version_id__in=[v.pk for _, v in pairs]).order_by(
        "version_id", "path"
    ):
        files_by_version.setdefault(f.version_id, []).append(f)
    entries: list[IndexEntry] = []
    taken: set[str] = set()
    for skill, version in pairs:
        # The same files, under the same paths, as the version's ZIP.
        files, _ = servable_files(files_by_version.get(version.pk, []))
        description = " ".join((skill.description or skill.summary or "").split())
        if "SKILL.md" not in files or not description:
            continue
        files = {"SKILL.md": files.pop("SKILL.md"), **files}
        name = _unique(index_name(skill.slug.rsplit("/", 1)[-1] or skill.name), taken)
        entries.append(
            IndexEntry(
                name=name, description=description, skill=skill, version=version, files=files
            )
        )
    return entries


def _json(data, *, request, max_age: int = 300) -> HttpResponse:
    from django.utils.cache import get_conditional_response

    body = orjson.dumps(data)
    etag = f'"{hashlib.sha256(body).hexdigest()[:40]}"'
    response = get_conditional_response(request, etag=etag) or HttpResponse(
        body, content_type="application/json"
    )
    response["ETag"] = etag
    response["Cache-Control"] = f"public, max-age={max_age}"
    response["Access-Control-Allow-Origin"] = "*"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_GET
def index_json(request, owner: str, repo: str):
    repo, pin = repository_split(repo)
    entries = repository_index(owner=owner, repo=repo, pin=pin)
    if not entries:
        raise Http404("No published skills in this repository.")
    # A pinned index never changes: cache it for a long time.
    return _json(
        {"skills": [e.as_json() for e in entries]},
        request=request,
        max_age=86400 if pin else 300,
    )


@require_GET
def index_file(request, owner: str, repo: str, name: str, file_path: str):
    repo, pin = repository_split(repo)
    entries = repository_index(owner=owner, repo=repo, pin=pin)
    entry = next((e for e in entries if e.name == name), None)
    file = entry.files.get(file_path) if entry else None
    if file is None:
        raise Http404("No such file.")
    response = file_response(request, file=file, last_modified=entry.version.created_at)
    response["Access-Control-Allow-Origin"] = "*"
    if file_path == "SKILL.md":  # the skills CLI fetches it once per install
        from skills.views import install_record_after

        install_record_after(request, response, skill_id=entry.skill.pk, channel="cli")
    return response


# --- Claude Code plugin marketplace ---------------------------------------------------


_GIT_URL = re.compile(r"(?:https?|ssh|git\+ssh|ssh\+git|file)://\S+|[\w.-]+@[\w.-]+:\S+")


def _git_url(repository_url: str) -> str | None:
    """A URL `git clone` (and so Claude Code) accepts for the repository, or None.

    A local repository (an absolute path, as the demo's) becomes a `file://` URL, which
    Claude Code clones on the machine that serves the marketplace."""
    url = (repository_url or "").strip().rstrip("/")
    if url.startswith("/"):
        return f"file://{url}"
    if url.startswith("https://github.com/") and not url.endswith(".git"):
        url += ".git"
    return url if _GIT_URL.fullmatch(url) else None


def _plugin_source(url: str, commit: str) -> dict:
    """The repository pinned to the reviewed commit: git checks out exactly that tree, whose
    skill folders hold the reviewed bytes (the version's content hash was computed from it)."""
    return {"source": "url", "url": url, "sha": commit}


def marketplace_document(*, base_url: str) -> dict:
    """Every published skill Claude Code can install, grouped into one plugin per repository
    and commit (one query). `base_url` (this site, no trailing slash) makes the homepage of
    a plugin whose repository has no web page.

    Every plugin is pinned (``sha``) to the commit its reviewed versions were read at, never
    to upstream's moving head. Left out: skills from a well-known index (no git repository to
    clone: its files are a web page's, and its "commit" is a digest of the index, not a git
    object; install them with `npx skills add`), versions with no full commit id to pin, and
    repositories with no URL git accepts."""
    wellknown = SkillSourceLink.objects.filter(
        skill=OuterRef("pk"), is_canonical=True, source__kind=SkillSource.Kind.WELLKNOWN
    )
    # The commit of the skill's own repository at which its folder holds the reviewed bytes:
    # the canonical link's (it last saw that content there), else the version's own. (A
    # version first read from a copy carries the copy's commit, which the original's
    # repository does not have.)
    canonical_commit = SkillSourceLink.objects.filter(
        skill=OuterRef("pk"),
        is_canonical=True,
        content_hash=OuterRef("latest_version__content_hash"),
    ).values("commit")[:1]
    rows = (
        Skill.objects.published()
        .filter(latest_version__isnull=False)
        .exclude(repository_url="")
        .exclude(Exists(wellknown))
        .annotate(
            pinned=Coalesce(
                NullIf(Subquery(canonical_commit), Value("")), F("latest_version__commit")
            )
        )
        .values_list(
            "repository_owner",
            "repository_name",
            "repository_url",
            "path",
            "pinned",
            "name",
            "category__key",
        )
        .order_by("repository_owner", "repository_name", "pinned", "path")
    )
    groups: dict[tuple, dict] = {}
    for owner, repo, url, skill_path, commit, name, category in rows.iterator(chunk_size=2000):
        if not _SHA.fullmatch(commit or ""):
            continue  # no commit id to pin: it would install upstream's moving head
        key = (owner.lower(), repo.lower(), url, commit)
        group = groups.setdefault(
            key,
            {
                "owner": owner,
                "repo": repo,
                "url": url,
                "commit": commit,
                "paths": [],
                "names": [],
                "categories": set(),
            },
        )
        clean = (skill_path or "").strip("/")
        group["paths"].append(f"./{clean}" if clean else "./")
        group["names"].append(name)
        group["categories"].add(category)
    commits_per_repo: dict[tuple, int] = {}
    for owner, repo, _url, _commit in groups:
        commits_per_repo[(owner, repo)] = commits_per_repo.get((owner, repo), 0) + 1
    plugins, taken = [], set()
    for (owner_l, repo_l, _url, commit), group in groups.items():
        git_url = _git_url(group["url"])
        if git_url is None:
            continue
        full_name = f"{group['owner']}/{group['repo']}" if group["owner"] else group["url"]
        base = index_name(f"{group['owner']}-{group['repo']}" if group["owner"] else group["url"])
        if commits_per_repo[(owner_l, repo_l)] > 1 and commit:
            base = index_name(f"{base}-{commit[:7]}")
        names = group["names"]
        listed = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
        plugin = {
            "name": _unique(base, taken),
            "description": f"{len(names)} agent skill{'s' if len(names) != 1 else ''} from "
            f"{full_name}: {listed}.",
            "source": _plugin_source(git_url, commit),
            "strict": False,
            "skills": sorted(set(group["paths"])),
            "homepage": _homepage(group, base_url=base_url),
        }
        categories = group["categories"] - {None}
        if len(categories) == 1 and None not in group["categories"]:
            plugin["category"] = categories.pop()
        plugins.append(plugin)
    return {
        "$schema": MARKETPLACE_SCHEMA,
        "name": index_name(settings.APP_NAME),
        "owner": {"name": settings.APP_NAME},
        "metadata": {
            "description": f"Published skills of {settings.APP_NAME}, pinned to the reviewed commits.",
            "version": "1.0.0",
        },
        "plugins": plugins,
    }


def _homepage(group: dict, *, base_url: str) -> str:
    """The repository's web page when it has one (http or https), else its page here."""
    url = group["url"]
    if url.startswith(("https://", "http://")):
        return url.removesuffix(".git")
    if group["owner"] and group["repo"]:
        return f"{base_url}{reverse('skills:repository', args=[group['owner'], group['repo']])}"
    return f"{base_url}/"


@require_GET
def marketplace_json(request):
    base_url = request.build_absolute_uri("/").rstrip("/")
    return _json(marketplace_document(base_url=base_url), request=request)


# --- The marketplace's own skills: /.well-known/agent-skills/ at the site's root ---------

OWN_SKILLS_DIR = Path(__file__).resolve().parent / "agent_skills"
OWN_SKILLS = ("find-skills",)  # folders of OWN_SKILLS_DIR, each with its SKILL.md


def own_skill_text(name: str, *, base_url: str) -> str:
    """An own skill's SKILL.md with this site's address in place of {{BASE_URL}}."""
    return (OWN_SKILLS_DIR / name / "SKILL.md").read_text().replace("{{BASE_URL}}", base_url)


def own_skills_index(*, base_url: str) -> list[dict]:
    from skills.ingestion.skillmd import parse_skill_md

    entries = []
    for name in OWN_SKILLS:
        parsed = parse_skill_md(own_skill_text(name, base_url=base_url).encode(), folder_name=name)
        description = " ".join(str(parsed.frontmatter.get("description", "")).split())
        entries.append({"name": name, "description": description, "files": ["SKILL.md"]})
    return entries


def _base_url(request) -> str:
    return request.build_absolute_uri("/").rstrip("/")


@require_GET
def own_index_json(request):
    """The marketplace's own skills (find-skills): `npx skills add http://HOST`."""
    return _json({"skills": own_skills_index(base_url=_base_url(request))}, request=request)


@require_GET
def own_index_file(request, name: str, file_path: str):
    if name not in OWN_SKILLS or file_path != "SKILL.md":
        raise Http404("No such file.")
    body = own_skill_text(name, base_url=_base_url(request)).encode()
    response = HttpResponse(body, content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "public, max-age=300"
    response["Access-Control-Allow-Origin"] = "*"
    response["X-Content-Type-Options"] = "nosniff"
    return response


WELL_KNOWN = r"\.well-known/(?:agent-skills|skills)"

urlpatterns = [
    re_path(
        rf"^r/(?P<owner>[^/]+)/(?P<repo>[^/]+)/{WELL_KNOWN}/index\.json$",
        index_json,
        name="wellknown-index",
    ),
    re_path(
        rf"^r/(?P<owner>[^/]+)/(?P<repo>[^/]+)/{WELL_KNOWN}/(?P<name>[a-z0-9-]+)/(?P<file_path>.+)$",
        index_file,
        name="wellknown-file",
    ),
    path("marketplace.json", marketplace_json, name="marketplace-json"),
    re_path(rf"^{WELL_KNOWN}/index\.json$", own_index_json, name="own-skills-index"),
    re_path(
        rf"^{WELL_KNOWN}/(?P<name>[a-z0-9-]+)/(?P<file_path>.+)$",
        own_index_file,
        name="own-skills-file",
    ),
]
