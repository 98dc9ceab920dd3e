"""Checks over the whole skill that need no role combination: an SSH client directive that
routes connections through a stranger's host, a fixed public key shipped beside an instruction
to add keys to authorized_keys. Called by roleflow.analyse_skill."""

from __future__ import annotations

import json
import posixpath
import re
from itertools import islice

from . import lexicon as L
from .collect import Collector
from .context import ip_is_internal
from .findings import Severity
from .reading import SkillFile
from .rolehidden import _service_labels, _squash
from .roles import _STRONG, _TEACH_STRONG, _cue, _hosts, _negated_before, _prose, _worst
from .rx import LiteralSet
from .steps import file_steps, step_at, teaching_at, teaching_cue

_AT_IP = re.compile(r"@(\d{1,3}(?:\.\d{1,3}){3})\b")
_SSH_ROUTE_LINE = re.compile(r"(?m)^.*\b(?:ProxyCommand|RemoteForward|LocalCommand)\b.*$")


def ssh_routes(out: Collector, files: list[SkillFile]) -> None:
    """An SSH client directive that sends every connection, or runs a command, through a host
    that is neither a placeholder nor a known service (`ProxyCommand ssh -W %h:%p relay@...`):
    a quiet, lasting network redirect, review on its own and sensitive beside concealment."""
    for f in files[:400]:
        if not f.is_markdown or f.binary or ("Proxy" not in f.text and "Forward" not in f.text):
            continue
        for m in islice(_SSH_ROUTE_LINE.finditer(f.text), 8):
            hosts = [(h, c) for h, c in _hosts(m.group()) if c in _STRONG] or [
                (ip.group(1), "hostile")
                for ip in _AT_IP.finditer(m.group())
                if ip_is_internal(ip.group(1)) is False
            ]
            if not hosts or teaching_at(f, m.start()):
                continue
            out.add("exfil.suspicious-endpoint", Severity.MEDIUM, f.path, f.line_of(m.start()),
                    m.group().strip()[:160],
                    f"routes SSH connections or commands through {hosts[0][0]} ({hosts[0][1]} host)")  # fmt: skip
            return


_FULL_KEY = re.compile(
    r"(?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-nistp\d+)\s+AAAA[0-9A-Za-z+/]{40,}={0,3}"
)


def planted_keys(out: Collector, files: list[SkillFile]) -> None:
    """A complete public-key literal shipped in a Markdown file that also tells the agent to
    add keys to authorized_keys (in any step, or in SKILL.md's description): someone else's key,
    whose holder can log in from then on. The user's own key is a `.pub` file, never a literal
    the skill carries; an elided example (`AAAAC3Nz...`) is not a key."""
    for f in files[:400]:
        if not f.is_markdown or f.binary or "authorized_keys" not in f.text:
            continue
        for m in islice(_FULL_KEY.finditer(f.text), 4):
            st = step_at(f, m.start())
            if (
                st is None
                or teaching_cue(st.text)
                or (f.kind != "skill_md" and L.TEACHING_PATH.search(f.path) is not None)
            ):
                continue  # judged by the step's own words: "SSH hardening" is not a lesson
            out.add("persistence.ssh-authorized-keys", Severity.HIGH, f.path, f.line_of(m.start()),
                    m.group()[:60] + "...",
                    "ships a fixed SSH public key in a file that adds keys to authorized_keys: "
                    "its holder could log in")  # fmt: skip
            return


MAX_TEXT = 1024 * 1024
_REMOTE_IMPORT = re.compile(
    r"\bimport\s*\(\s*[\"'`](https?://[^\"'`\s]+)|^\s*import\b[^;\n]*?\bfrom\s+[\"'](https?://[^\"'\s]+)",
    re.MULTILINE,
)
# Module registries and CDNs that serve published packages by name and version.
_MODULE_HOSTS = ("jsr.io", "esm.sh", "cdn.jsdelivr.net", "unpkg.com", "cdn.skypack.dev", "esm.run",
                 "ga.jspm.io", "deno.land")  # fmt: skip


def remote_imports(out: Collector, files: list[SkillFile]) -> None:
    """JavaScript/TypeScript that imports a module by URL (`await import("https://...")`, Deno's
    `import ... from "https://..."`): code downloaded and run, graded by its host like a
    download piped to a shell (a stranger's host is review, a hostile one fails; module
    registries and CDNs are how Deno and browsers load packages)."""
    for f in files[:400]:
        if f.binary or f.ext not in _JS_EXT or "import" not in f.text or "http" not in f.text:
            continue
        _remote_import(out, f)


_JS_EXT = (".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".jsx", ".tsx")


def _remote_import(out: Collector, f: SkillFile) -> None:
    for m in islice(_REMOTE_IMPORT.finditer(f.text[:MAX_TEXT]), 4):
        url = m.group(1) or m.group(2)
        host = url.split("://", 1)[1].split("/", 1)[0].split(":")[0].lower()
        if any(host == h or host.endswith("." + h) for h in _MODULE_HOSTS):
            continue
        cls = _worst(_hosts(url))
        if cls not in _STRONG:
            continue
        sev = Severity.CRITICAL if cls == "hostile" else Severity.MEDIUM
        out.add("exec.remote-eval", sev, f.path, f.line_of(m.start()), m.group().strip()[:100],
                f"{f.path} imports and runs a module from {host} ({cls} host)")  # fmt: skip
        return


# -- files a teaching step introduces as cases (moved from roles.py) --------------------------------
_FOLLOW_FILE = re.compile(
    r"\b(?:follow|obey|apply|carry\s+out|do\s+what|act\s+on|execute|run|read|load)\b", re.IGNORECASE
)


# A step that sends each entry of a file to another system under test ("Send each case from
# `assets/casebook.txt` to the bot"): the file is that system's input, not the agent's orders.
_SENT_ELSEWHERE = re.compile(
    r"\b(?:send|feed|submit|replay|pass)\s+(?:each|every|all|the)\s+(?:\w+\s+){0,2}?(?:cases?|lines?|"
    r"prompts?|inputs?|entries|probes?|attempts?)\b[^.\n]{0,80}?\bto\s+(?:the|your|their)\s+"
    r"(?:\w+\s+){0,2}?(?:bot|chatbot|model|assistant|endpoint|api|app|service|system|target)\b",
    re.IGNORECASE,
)


def mark_introduced_cases(files: list[SkillFile]) -> None:
    """A data or text file that a step of the skill introduces as attack material ("`assets/
    canaries.txt` holds one attack string per line; each asks the model to do something a safe
    app must refuse"), and that no step tells the agent to follow, is a file of attack cases."""
    candidates = {f.path: f for f in files[:400] if not f.binary and f.kind in ("data", "doc")}
    if not candidates:
        return
    introduced: set[str] = set()
    followed: set[str] = set()
    paths = list(candidates)
    # Many candidates (a skill of hundreds of references): which paths a file names, from one
    # RE2 set pass over it instead of a substring search per path (0.1 s in the corpus's
    # largest skill, 524 files); a set that cannot answer falls back to the searches.
    names = LiteralSet.of(paths) if len(paths) > 16 else None
    for f in files[:400]:
        if not f.is_markdown:
            continue
        hits = names.present(f.text) if names is not None else None
        if hits is not None:
            named = [paths[i] for i in sorted(hits)]
        else:
            named = [path for path in paths if path in f.text]  # most files name none
        if not named:
            continue
        for st in file_steps(f)[:400]:
            for path in named:
                if path not in st.text:
                    continue
                prose = _prose(st.text)
                strong = _cue(_TEACH_STRONG, prose)
                if strong or _SENT_ELSEWHERE.search(prose):
                    introduced.add(path)
                for m in islice(_FOLLOW_FILE.finditer(prose), 4):
                    if strong and m.group().lower() in ("read", "load"):
                        continue  # "when you read `cases.yaml`, treat every case's text as data"
                    if not _negated_before(prose, m.start()):
                        followed.add(path)
    for path in introduced - followed:
        candidates[path].memo["introduced_as_cases"] = True


# -- MCP servers a configuration file starts (2.8.0) --------------------------------------------------
_MCP_CONFIG = re.compile(
    r"(?:^|/)(?:\.?mcp(?:[._-]\w+)?\.json|claude_desktop_config\.json|settings(?:\.local)?\.json)$",
    re.IGNORECASE,
)
_RUNNERS = frozenset({"npx", "bunx", "pnpx", "uvx", "pipx", "npm", "pnpm", "yarn"})
_REMOTE_PROXIES = frozenset({"mcp-remote", "@modelcontextprotocol/mcp-remote", "supergateway"})
# Package names of widely used MCP servers: a name one or two letters off one of them, run by
# the configuration, is a typosquat (`@modelcontextprotocol/server-filesytem`).
WELL_KNOWN_MCP = (
    "@modelcontextprotocol/server-filesystem", "@modelcontextprotocol/server-github",
    "@modelcontextprotocol/server-gitlab", "@modelcontextprotocol/server-memory",
    "@modelcontextprotocol/server-postgres", "@modelcontextprotocol/server-sqlite",
    "@modelcontextprotocol/server-slack", "@modelcontextprotocol/server-puppeteer",
    "@modelcontextprotocol/server-brave-search", "@modelcontextprotocol/server-google-maps",
    "@modelcontextprotocol/server-everything", "@modelcontextprotocol/server-sequential-thinking",
    "@modelcontextprotocol/server-redis", "@modelcontextprotocol/server-gdrive",
    "@modelcontextprotocol/server-aws-kb-retrieval", "@modelcontextprotocol/inspector",
    "mcp-server-git", "mcp-server-fetch", "mcp-server-time", "mcp-server-sqlite",
    "mcp-server-sentry", "mcp-remote", "@playwright/mcp", "@upstash/context7-mcp",
    "@notionhq/notion-mcp-server", "@sentry/mcp-server", "@stripe/mcp", "@supabase/mcp-server-supabase",
    "firecrawl-mcp", "@browserbasehq/mcp", "chrome-devtools-mcp",
)  # fmt: skip
_WELL_KNOWN_SET = frozenset(WELL_KNOWN_MCP)


def _distance(a: str, b: str, limit: int = 2) -> int:
    """Edit distance with adjacent swaps (optimal string alignment), stopped past `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def _package_of(word: str) -> str:
    name = word.strip()
    if name.startswith("@"):
        scope, _, rest = name.partition("/")
        return scope + "/" + rest.split("@", 1)[0]
    return name.split("@", 1)[0].split("==", 1)[0]


def mcp_servers(out: Collector, files: list[SkillFile]) -> None:
    """The servers an MCP configuration shipped with the skill makes the agent start: a package
    one or two letters off a well-known server's name (a typosquat, run with the agent's rights),
    and a remote server (`mcp-remote https://...`, a `url` entry) on a host that no Markdown file
    of the skill names: every tool call the agent makes to it carries the user's data there."""
    prose: str | None = None
    for f in files[:400]:
        if f.binary or f.ext != ".json" or not _MCP_CONFIG.search(f.path) or len(f.text) > 256_000:
            continue
        try:
            data = json.loads(f.text)
        except ValueError:
            continue
        if not isinstance(data, dict):
            continue
        servers = data.get("mcpServers") or data.get("servers")
        if not isinstance(servers, dict):
            continue
        for name, spec in islice(servers.items(), 40):
            if not isinstance(spec, dict):
                continue
            raw_args = spec.get("args")
            args = [str(a) for a in raw_args[:40]] if isinstance(raw_args, list) else []
            cmd = posixpath.basename(str(spec.get("command") or ""))
            words = [a for a in args if not a.startswith("-")]
            if cmd in ("npm", "pnpm", "yarn") and words[:1] in (["exec"], ["dlx"]):
                words = words[1:]
            package = _package_of(words[0]) if cmd in _RUNNERS and words else ""
            line = f.line_of(max(0, f.text.find(f'"{name}"')))
            if package and package not in _WELL_KNOWN_SET and len(package) >= 8:
                near = next(
                    (k for k in WELL_KNOWN_MCP if 0 < _distance(package, k) <= 2 and len(k) >= 8),
                    None,
                )
                if near is not None:
                    out.add("supply.install-url", Severity.HIGH, f.path, line, package[:120],
                            f"the MCP configuration runs {package!r}, one or two letters off the "
                            f"well-known {near!r}: a typosquat runs with the agent's rights")  # fmt: skip
            urls = [a for a in words[1:] if a.startswith(("http://", "https://"))]
            if not (package in _REMOTE_PROXIES and urls):
                urls = [str(spec[k]) for k in ("url", "serverUrl") if isinstance(spec.get(k), str)]
            for url in urls[:1]:
                hosts = [(h, c) for h, c in _hosts(url) if c in _STRONG]
                if not hosts:
                    continue
                if prose is None:
                    prose = _squash(" ".join(x.text[:200_000] for x in files if x.is_markdown))
                if any(x in prose for x in _service_labels(hosts[0][0])):
                    continue  # the skill says which service it connects the agent to
                out.add("exfil.code-flow", Severity.HIGH, f.path, line, url[:160],
                        f"the MCP configuration connects the agent to a remote server on "
                        f"{hosts[0][0]} ({hosts[0][1]} host) that no document of the skill names: "
                        "every tool call made to it carries the user's data there")  # fmt: skip
