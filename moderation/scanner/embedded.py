"""Code that other files carry (2.7.0): the scripts inside build, CI, notebook, package and
agent-configuration files, handed to the code analysers in their own language.

Counted over the real corpus (1,309 skills, every file kind they ship, not a labelled set), the
files that run code without being a script by extension are: `package.json` (its `scripts`,
above all the install hooks npm runs by itself), `Dockerfile` (`RUN`), `Makefile` and
`justfile` recipes, CI workflows (`run:` in GitHub Actions, `script:` in GitLab CI), Jupyter
notebooks (code cells, `!` shell lines and `%%bash` cells), MCP and agent configuration files
(a server's `command` and `args` are run when the agent starts) and shell start-up files shipped
as resources (`.zshrc`). Before 2.7.0 they got the any-language checks only; their code now goes
through the same data-flow analysis as a script (code.py), at the line it sits on.

Each extractor returns (language, first line in the file, code); nothing here judges content.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from itertools import islice

import yaml

from .reading import SkillFile

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_BYTES = 256 * 1024
MAX_PIECES = 200

# `node -e '...'`, `python -c "..."`: the inline program of an interpreter, in its language
_INLINE = re.compile(
    r"\b(?P<cmd>node|nodejs|deno\s+eval|bun\s+-e|python[0-9.]*|pwsh|powershell)"
    r"(?:\s+-\w+)*?\s+(?P<flag>-e|--eval|-p|--print|-c|-Command|-command)\s+"
    r"(?P<q>[\"'])(?P<code>(?:\\.|(?!(?P=q)).)*)(?P=q)",
    re.DOTALL,
)
SHELL_RC_NAMES = frozenset(
    {".bashrc", ".zshrc", ".profile", ".bash_profile", ".zprofile", ".zshenv", ".bash_login"}
)
_MCP_NAMES = re.compile(
    r"(?:^|/)(?:\.?mcp(?:[._-]\w+)?\.json|claude_desktop_config\.json|\.cursor/mcp\.json|"
    r"settings(?:\.local)?\.json|\.vscode/mcp\.json|hooks\.json)$",
    re.IGNORECASE,
)


def _line_of(f: SkillFile, needle: str, default: int = 1) -> int:
    first = needle.strip().split("\n", 1)[0][:80]
    if not first:
        return default
    at = f.text.find(first)
    if at == -1:
        at = f.text.find(json.dumps(first)[1:-1])
    return f.line_of(at) if at != -1 else default


def inline_programs(command: str) -> Iterator[tuple[str, str]]:
    """(language, code) of the programs a command line passes to an interpreter inline."""
    for m in islice(_INLINE.finditer(command), 8):
        cmd, code = m.group("cmd").lower(), m.group("code")
        if m.group("q") == '"':
            code = code.replace('\\"', '"')
        if cmd.startswith(("node", "deno", "bun")):
            yield "js", code
        elif cmd.startswith("python"):
            yield "py", code
        else:
            yield "ps", code


def _command(lang: str, line: int, command: str) -> list[tuple[str, int, str]]:
    """A command line, and the inline programs it runs."""
    out = [(lang, line, command)]
    out.extend((sub, line, code) for sub, code in inline_programs(command))
    return out


def _package_json(f: SkillFile) -> list[tuple[str, int, str]]:
    try:
        data = json.loads(f.text)
    except ValueError:
        return []
    scripts = data.get("scripts") if isinstance(data, dict) else None
    if not isinstance(scripts, dict):
        return []
    out: list[tuple[str, int, str]] = []
    for _name, command in islice(scripts.items(), MAX_PIECES):
        if isinstance(command, str) and command.strip():
            out.extend(_command("sh", _line_of(f, command), command))
    return out


def _walk_yaml(node, key: str = "", depth: int = 0) -> Iterator[tuple[str, object, dict | None]]:
    """(key, value, the mapping holding it) for every mapping entry of a YAML document."""
    if depth > 40:
        return
    if isinstance(node, dict):
        for k, v in islice(node.items(), 500):
            yield str(k), v, node
            yield from _walk_yaml(v, str(k), depth + 1)
    elif isinstance(node, list):
        for v in islice(node, 500):
            yield from _walk_yaml(v, key, depth + 1)


def _workflow(f: SkillFile) -> list[tuple[str, int, str]]:
    """`run:` steps (GitHub Actions, with their `shell:`), `script:` lists (GitLab CI) and
    `command:` / `entrypoint:` values (Compose, Buildkite, task runners)."""
    if not re.search(
        r"(?m)^\s*-?\s*(?:run|script|before_script|after_script|command|entrypoint)\s*:", f.text
    ):
        return []
    try:
        docs = list(islice(yaml.load_all(f.text, Loader=_YAML_LOADER), 20))
    except (yaml.YAMLError, ValueError, TypeError, AttributeError, RecursionError):
        return []
    out: list[tuple[str, int, str]] = []
    for doc in docs:
        for key, value, holder in _walk_yaml(doc):
            if len(out) >= MAX_PIECES:
                return out
            if key not in (
                "run",
                "script",
                "before_script",
                "after_script",
                "command",
                "entrypoint",
            ):
                continue
            pieces = value if isinstance(value, list) else [value]
            shell = str((holder or {}).get("shell", "")).lower()
            lang = (
                "ps"
                if "pwsh" in shell or "powershell" in shell
                else "py"
                if "python" in shell
                else "sh"
            )
            for piece in islice(pieces, 100):
                if isinstance(piece, str) and piece.strip():
                    out.extend(_command(lang, _line_of(f, piece), piece))
    return out


def _recipes(f: SkillFile) -> list[tuple[str, int, str]]:
    """Makefile / justfile recipe lines (tab- or space-indented under a target) as one shell
    script, `$$` read as `$`; Dockerfile `RUN` instructions with their continuations."""
    out: list[tuple[str, int, str]] = []
    lines = f.text.split("\n")
    if f.name.lower() in ("dockerfile", "containerfile") or f.name.lower().endswith(".dockerfile"):
        i = 0
        while i < len(lines) and len(out) < MAX_PIECES:
            m = re.match(r"\s*RUN\s+(.*)", lines[i], re.IGNORECASE)
            if m is None:
                i += 1
                continue
            start, body = i + 1, [m.group(1)]
            while body[-1].rstrip().endswith("\\") and i + 1 < len(lines):
                body[-1] = body[-1].rstrip()[:-1]
                i += 1
                body.append(lines[i])
            out.extend(_command("sh", start, "\n".join(body)))
            i += 1
        return out
    block: list[str] = []
    start = 0
    for n, line in enumerate(lines, 1):
        if line.startswith(("\t", "    ")) and line.strip():
            if not block:
                start = n
            block.append(line.strip().lstrip("@-+").replace("$$", "$"))
        elif block and line.strip():
            out.extend(_command("sh", start, "\n".join(block)))
            block = []
    if block:
        out.extend(_command("sh", start, "\n".join(block)))
    return out[:MAX_PIECES]


def _notebook(f: SkillFile) -> list[tuple[str, int, str]]:
    try:
        data = json.loads(f.text)
    except ValueError:
        return []
    cells = data.get("cells") if isinstance(data, dict) else None
    if not isinstance(cells, list):
        return []
    out: list[tuple[str, int, str]] = []
    for cell in islice(cells, MAX_PIECES):
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        code = "".join(source) if isinstance(source, list) else str(source)
        line = _line_of(f, code)
        if code.lstrip().startswith(("%%bash", "%%sh", "%%script bash")):
            out.extend(_command("sh", line, code.split("\n", 1)[-1]))
            continue
        shell = "\n".join(s.lstrip()[1:] for s in code.split("\n") if s.lstrip().startswith("!"))
        python = "\n".join("" if s.lstrip().startswith(("!", "%")) else s for s in code.split("\n"))
        if python.strip():
            out.append(("py", line, python))
        if shell.strip():
            out.extend(_command("sh", line, shell))
    return out


def _agent_config(f: SkillFile) -> list[tuple[str, int, str]]:
    """An MCP or agent configuration's servers: `command` with its `args` is what the agent
    runs at start-up; an agent hook's `command` (`hooks.json`, `"type": "command"`) is a shell
    line run on the agent's events."""
    try:
        data = json.loads(f.text)
    except ValueError:
        return []
    out: list[tuple[str, int, str]] = []
    for key, value, holder in _walk_yaml(data):
        if len(out) >= MAX_PIECES:
            break
        if key != "command" or not isinstance(value, str) or holder is None:
            continue
        args = holder.get("args")
        if not isinstance(args, list) and (holder.get("type") == "command" or " " in value.strip()):
            command = value  # a hook's `command` is a shell line (`sh -c "$(printf ...)"`)
        else:
            words = [value] + [str(a) for a in args] if isinstance(args, list) else [value]
            command = " ".join(_quote(w) for w in words)
        out.extend(_command("sh", _line_of(f, value), command))
    return out


def _quote(word: str) -> str:
    return word if re.fullmatch(r"[\w@%+=:,./-]+", word) else "'" + word.replace("'", "'\\''") + "'"


def embedded_code(f: SkillFile) -> list[tuple[str, int, str]]:
    """(language, first line, code) of the code a non-script file carries, for code.py."""
    if f.binary or not f.text or len(f.text) > MAX_BYTES:
        return []
    name = f.name.lower()
    if name == "package.json":
        return _package_json(f)
    if f.ext == ".ipynb":
        return _notebook(f)
    if name in (
        "makefile",
        "gnumakefile",
        "justfile",
        "dockerfile",
        "containerfile",
    ) or name.endswith((".mk", ".dockerfile")):
        return _recipes(f)
    if f.ext in (".yml", ".yaml"):
        return _workflow(f)
    if f.ext == ".json" and _MCP_NAMES.search(f.path):
        return _agent_config(f)
    if name in SHELL_RC_NAMES:
        return [("sh", 1, f.text)]
    return []
