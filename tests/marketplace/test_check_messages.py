"""`manage.py check_messages` (CI and `make check`): the Korean catalogue covers every
string of the code and templates, and the committed .mo matches the .po."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from marketplace.management.commands.check_messages import TOOLS, _copy_project
from marketplace.management.commands.makemessages import is_jinja_template, jinja_to_python

pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in TOOLS),
    reason="GNU gettext is not installed (apt-get install gettext)",
)


def test_the_korean_catalogue_is_complete_and_compiled(capsys):
    call_command("check_messages")
    assert "Catalogues complete: ko." in capsys.readouterr().out
    statistics = subprocess.run(
        ["msgfmt", "--statistics", "-o", "/dev/null", "locale/ko/LC_MESSAGES/django.po"],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    assert "untranslated" not in statistics and "fuzzy" not in statistics
    assert int(statistics.split()[0]) > 300


def test_a_new_string_or_a_stale_mo_fails_the_check(tmp_path):
    copy = tmp_path / "project"
    _copy_project(settings.BASE_DIR, copy)
    template = copy / "templates" / "skills" / "home.html"
    template.write_text(
        template.read_text() + '{% translate "A sentence nobody has translated yet" %}\n'
    )
    po = copy / "locale" / "ko" / "LC_MESSAGES" / "django.po"
    po.write_text(po.read_text().replace('msgstr "둘러보기"', 'msgstr "탐색"', 1))
    with pytest.raises(CommandError) as failure:
        call_command("check_messages", project_dir=str(copy))
    message = str(failure.value)
    assert 'ko: not translated: "A sentence nobody has translated yet"' in message
    assert "ko: django.mo is older than django.po" in message


def test_a_new_string_in_a_jinja_template_fails_the_check(tmp_path):
    """Strings of the Jinja2 templates are read by Jinja2 (makemessages.py): a `_()` nested
    in an expression, as the templates write placeholders, is found like any other."""
    copy = tmp_path / "project"
    _copy_project(settings.BASE_DIR, copy)
    template = copy / "templates" / "jinja2" / "skills" / "detail_body.html"
    template.write_text(
        template.read_text() + '{{ t(_("Nobody translated %(thing)s yet."), thing="this") }}\n'
    )
    with pytest.raises(CommandError) as failure:
        call_command("check_messages", project_dir=str(copy))
    assert 'ko: not translated: "Nobody translated %(thing)s yet."' in str(failure.value)


def test_jinja_templates_become_gettext_calls_on_their_own_lines():
    source = (
        '<p>{{ _("Home") }}</p>\n'
        "<p>{{ plain }}</p>\n"
        '{{ t(_("Score %(score)s."), score=s) }} {{ _(variable) }} {{ _("It\'s") }}\n'
    )
    assert jinja_to_python(source).splitlines() == [
        "_('Home')",
        "",
        "_('Score %(score)s.'); _(\"It's\")",
    ]
    assert is_jinja_template(str(settings.BASE_DIR / "templates/jinja2/skills/detail_body.html"))
    assert not is_jinja_template(str(settings.BASE_DIR / "templates/skills/home.html"))
