"""Django's makemessages, reading the Jinja2 templates (templates/jinja2/) with Jinja2.

Django reads every template with its own template language's `templatize`, which finds
`{% translate %}` and a leading `{{ _("...") }}` but not a `_()` nested in an expression,
as the Jinja2 templates write placeholders: `{{ t(_("Score %(score)s."), score=...) }}`.
Those strings fell out of the catalogue on every `make messages`, and their Korean
translations with them (the pages then showed English). Here Jinja2 parses its own
templates: each `_()` / `gettext()` / `ngettext()` call with literal arguments becomes the
same call on the same line of the stand-in file xgettext reads, so the locations stay right.
The Django templates and the Python code go through Django's makemessages unchanged.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from django.core.management.commands import makemessages
from django.template import engines
from django.template.backends.jinja2 import Jinja2
from jinja2.ext import extract_from_ast


@cache
def jinja_engine() -> Jinja2 | None:
    return next((e for e in engines.all() if isinstance(e, Jinja2)), None)


def is_jinja_template(path: str) -> bool:
    engine = jinja_engine()
    if engine is None:
        return False
    resolved = Path(path).resolve()
    return any(resolved.is_relative_to(Path(d).resolve()) for d in engine.template_dirs)


def jinja_to_python(source: str) -> str:
    """A Python stand-in for a Jinja2 template: its gettext calls with literal arguments,
    each on the line where the template has it, and nothing else."""
    engine = jinja_engine()
    assert engine is not None
    lines = [""] * (source.count("\n") + 1)
    for lineno, function, message in extract_from_ast(engine.env.parse(source)):
        strings = message if isinstance(message, tuple) else (message,)
        if any(s is None for s in strings):  # a variable, not a literal: nothing to extract
            continue
        call = f"{function}({', '.join(repr(s) for s in strings)})"
        lines[lineno - 1] = f"{lines[lineno - 1]}; {call}" if lines[lineno - 1] else call
    return "\n".join(lines)


class BuildFile(makemessages.BuildFile):
    def preprocess(self):
        if not (self.is_templatized and is_jinja_template(self.path)):
            return super().preprocess()
        source = Path(self.path).read_text(encoding="utf-8")
        Path(self.work_path).write_text(jinja_to_python(source), encoding="utf-8")


class Command(makemessages.Command):
    build_file_class = BuildFile
