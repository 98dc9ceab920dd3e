"""Install instructions per agent: pure functions (Django only for the words, in the
visitor's language).

Every command installs the exact version shown on the page, from this marketplace (never
from upstream, which may hold bytes nobody reviewed): the skills CLI through the
marketplace's well-known index, the others through the ZIP served by the marketplace, which
unpacks into one folder named after the skill. Names come from untrusted
SKILL.md files, so the folder name is reduced to a safe set of characters and every
value placed in a shell command is quoted.
"""

from __future__ import annotations

import functools
import re
import shlex
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote

from django.core.signals import setting_changed
from django.utils.translation import get_language, gettext

# Letters and digits of any script (the spec allows `name: 日本語-ツール`), `.`, `_`, `-`:
# nothing a shell or a file system treats specially.
_UNSAFE = re.compile(r"[^\w.-]+")
# Hex characters of a version's content hash in a pinned index URL (`/r/<owner>/<repo>@<pin>`).
PIN_LENGTH = 12
# The names the skills CLI accepts (a well-known index names its skills with these).
NAME_MAX = 64
_NOT_NAME = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=128)
def _in(text: str, language: str | None) -> str:
    return gettext(text)


def _(text: str) -> str:
    """`gettext(text)`, kept per language: the same fifteen words on every skill page (the
    catalogues do not change while a process runs; forgotten when a setting changes)."""
    return _in(text, get_language())


def _forget(**kwargs) -> None:
    _in.cache_clear()


setting_changed.connect(_forget)


@dataclass(frozen=True)
class InstallMethod:
    key: str
    agent: str
    scope: str
    command: str
    note: str = ""


def folder_name(name: str) -> str:
    """A folder name safe on every OS and in a shell: lowercase letters and digits of any
    script (NFC), `.`, `_` and `-`; never empty, never hidden, at most 100 characters."""
    name = unicodedata.normalize("NFC", (name or "").strip().lower())
    cleaned = _UNSAFE.sub("-", name).strip("-._")
    return cleaned[:100].rstrip("-._") or "skill"


def index_name(text: str) -> str:
    """A name the skills CLI accepts: lowercase a-z, 0-9 and single hyphens, 1-64 chars."""
    name = _NOT_NAME.sub("-", (text or "").lower()).strip("-")
    return name[:NAME_MAX].rstrip("-") or "skill"


def skill_index_name(*, slug: str, name: str) -> str:
    """A skill's name in this marketplace's well-known index of its repository (and for the
    CLI's ``--skill``): its slug's last segment as an index name."""
    return index_name(slug.rsplit("/", 1)[-1] or name)


def skills_cli_commands(
    *, base_url: str, owner: str, repo: str, cli_name: str, content_hash: str = ""
) -> tuple[str, str]:
    """(headline, pinned) `npx skills add` commands for a skill of `owner/repo` on this
    marketplace (`base_url`, no trailing slash): the index of the repository's reviewed
    versions, and the index pinned to `content_hash` ("" when no hash is given). Both
    empty when the skill has no owner/repository."""
    if not (owner and repo):
        return "", ""
    index = f"{base_url}/r/{quote(owner, safe='')}/{quote(repo, safe='')}"
    skill = shlex.quote(cli_name)
    headline = f"npx skills add {shlex.quote(index)} --skill {skill}"
    if not content_hash:
        return headline, ""
    pinned = f"npx skills add {shlex.quote(f'{index}@{content_hash[:PIN_LENGTH]}')} --skill {skill}"
    return headline, pinned


def _unzip_into(target: str, download_url: str, folder: str) -> str:
    url = shlex.quote(download_url)
    archive = f"{target}/{folder}.zip"
    return (
        f"mkdir -p {target} && curl -fsSL {url} -o {archive} && "
        f"unzip -o {archive} -d {target} && rm {archive}"
    )


def install_methods(
    *,
    name: str,
    cli_name: str,
    index_url: str,
    pinned_index_url: str,
    version_label: str,
    download_url: str,
) -> list[InstallMethod]:
    """The install commands shown on a skill page: every one installs from this marketplace.

    `index_url` is this marketplace's well-known index of the skill's repository
    (``https://HOST/r/<owner>/<repo>``, empty when the skill has no owner/repository) and
    `pinned_index_url` the same index pinned to the version shown
    (``https://HOST/r/<owner>/<repo>@<hash prefix>``); `cli_name` is the skill's name in those
    indexes; `download_url` is the absolute URL of the version's ZIP (which contains
    `<folder>/...`). Nothing here installs from upstream: upstream may hold other bytes than
    the version reviewed here.
    """
    folder = folder_name(name)
    methods: list[InstallMethod] = []
    if index_url:
        methods.append(
            InstallMethod(
                key="npx",
                agent=_("Any agent (skills CLI)"),
                scope=_("Reviewed version"),
                command=f"npx skills add {shlex.quote(index_url)} --skill {shlex.quote(cli_name)}",
                note=_(
                    "Installs the version reviewed here, from this marketplace; the open skills "
                    "CLI asks which agents to install for."
                ),
            )
        )
    if pinned_index_url:
        methods.append(
            InstallMethod(
                key="npx-pinned",
                agent=_("Any agent (skills CLI)"),
                scope=_("Pinned to %(version)s") % {"version": version_label},
                command=(
                    f"npx skills add {shlex.quote(pinned_index_url)} "
                    f"--skill {shlex.quote(cli_name)}"
                ),
                note=_("Always this exact version, even after the skill is updated here."),
            )
        )
    methods += [
        InstallMethod(
            key="claude-personal",
            agent="Claude Code",
            scope=_("Personal (all projects)"),
            command=_unzip_into("~/.claude/skills", download_url, folder),
            note=_("Installs into %(path)s.") % {"path": f"~/.claude/skills/{folder}/"},
        ),
        InstallMethod(
            key="claude-project",
            agent="Claude Code",
            scope=_("This project"),
            command=_unzip_into(".claude/skills", download_url, folder),
            note=_("Run at the project root; commit %(path)s to share it.")
            % {"path": f".claude/skills/{folder}/"},
        ),
        InstallMethod(
            key="codex",
            agent="Codex",
            scope=_("Personal"),
            command=_unzip_into("~/.codex/skills", download_url, folder),
            note=_("Installs into %(path)s.") % {"path": f"~/.codex/skills/{folder}/"},
        ),
        InstallMethod(
            key="gemini",
            agent="Gemini CLI",
            scope=_("Personal"),
            command=_unzip_into("~/.gemini/skills", download_url, folder),
            note=_("Installs into %(path)s.") % {"path": f"~/.gemini/skills/{folder}/"},
        ),
        InstallMethod(
            key="cursor",
            agent="Cursor",
            scope=_("This project"),
            command=_unzip_into(".cursor/skills", download_url, folder),
            note=_("Run at the project root; installs into %(path)s.")
            % {"path": f".cursor/skills/{folder}/"},
        ),
    ]
    return methods
