"""Install commands and the folder a skill installs into (skills.install: pure functions)."""

from __future__ import annotations

import shlex

import pytest

from skills.install import folder_name, install_methods


@pytest.mark.parametrize(
    ("name", "folder"),
    [
        ("pdf-tools", "pdf-tools"),
        ("日本語-ツール", "日本語-ツール"),  # names in any script keep their letters
        ("한국어", "한국어"),
        ("Ünïcode Name", "ünïcode-name"),
        ("../../etc/passwd", "etc-passwd"),
        (".hidden", "hidden"),
        ("a b$(rm -rf ~)`x`", "a-b-rm--rf-x"),
        ("", "skill"),
        ("---", "skill"),
    ],
)
def test_folder_names_keep_letters_of_any_script_and_nothing_a_shell_reads(name, folder):
    assert folder_name(name) == folder


def test_folder_names_are_bounded():
    assert len(folder_name("x" * 500)) == 100


def test_every_command_quotes_what_came_from_the_skill():
    url = "https://example.org/d.zip?v=1&x=$(id)"
    index = "https://example.org/r/evil/repo;rm -rf ~"
    methods = install_methods(
        name="日本語 $(touch /tmp/pwned)",
        cli_name="a;b",
        index_url=index,
        pinned_index_url=index + "@0123456789ab",
        version_label="0123456789ab",
        download_url=url,
    )
    assert [m.key for m in methods] == [
        "npx",
        "npx-pinned",
        "claude-personal",
        "claude-project",
        "codex",
        "gemini",
        "cursor",
    ]
    folder = "日本語-touch-tmp-pwned"
    for method in methods:
        words = shlex.split(method.command)  # how a POSIX shell splits it into words
        if method.key == "npx":
            assert words == ["npx", "skills", "add", index, "--skill", "a;b"]
        elif method.key == "npx-pinned":
            assert words == ["npx", "skills", "add", index + "@0123456789ab", "--skill", "a;b"]
        else:
            assert url in words  # one word, never expanded
            assert words.count("&&") == 3 and "$(" not in method.command.replace(
                shlex.quote(url), ""
            )
            assert any(w.endswith(f"/skills/{folder}.zip") for w in words)


def test_without_an_index_there_is_no_skills_cli_command():
    methods = install_methods(
        name="x",
        cli_name="x",
        index_url="",
        pinned_index_url="",
        version_label="",
        download_url="https://example.org/d.zip",
    )
    assert methods[0].key == "claude-personal"
