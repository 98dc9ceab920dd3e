"""Combining the roles of units (roles.py) into findings: within a unit, across close steps of
a file through the names they share, across files (a step that hands the conversation to a
script that sends it). The second look at the other stages' findings is rolesoften.py."""

from __future__ import annotations

import posixpath
import re
from itertools import islice

from . import autorun, claims, needles, reporting, rolehidden, roleskill
from . import lexicon as L
from . import roleguards as G
from . import rolelex as R
from .collect import Collector
from .datause import sealed_by_user
from .findings import Severity
from .reading import SkillFile
from .rolenorm import normalise
from .roles import (
    _STRONG,
    MAX_UNITS,
    ROLE_ANY,
    Unit,
    _hosts,
    _prose,
    _quoted,
    _read_roles,
    _teaching,
    _units_of,
    _worst,
)
from .steps import file_steps, is_teaching, names_step


# -- combining -----------------------------------------------------------------------------------------
def _line(u: Unit, pos: int) -> int:
    return u.line + u.norm.count("\n", 0, max(0, pos))


def _emit(out: Collector, rule: str, sev: Severity, u: Unit, pos: int, excerpt: str, why: str):
    """Add a finding, unless one of the same rule on the same line is already as severe (one
    finding per attack: a moderator who accepts it accepts the attack)."""
    line = _line(u, pos)
    for key, f in out.findings.items():
        same = key[0] == rule and key[1] == u.path and key[2] == line
        if same and Severity(f.severity).rank >= sev.rank:
            return
    out.add(rule, sev, u.path, line, excerpt, why)


def _exfil_rule(u: Unit) -> str:
    return "exfil.code-flow" if u.kind == "code" else "exfil.instructed"


def _strong_sinks(u: Unit) -> list:
    return [s for s in u.roles.get("sink", ()) if s[0] in _STRONG or s[0] == "covert"]


def analyse_skill(files: list[SkillFile], frontmatter: dict, out: Collector) -> None:
    """Role analysis over the whole skill (after the per-file stages)."""
    roleskill.mark_introduced_cases(files)
    roleskill.ssh_routes(out, files)  # whole-skill checks that need no units
    roleskill.planted_keys(out, files)
    roleskill.remote_imports(out, files)
    roleskill.mcp_servers(out, files)
    needles.lower_needles(files, out)
    autorun.raise_unattended(files, out)
    claims.check_claims(files, out)
    reporting.check_reports(files, out)
    units: list[Unit] = []
    by_path: dict[str, list[Unit]] = {}
    for f in files[:400]:
        if len(units) >= MAX_UNITS:
            break
        us = _units_of(f)
        units.extend(us)
        by_path.setdefault(f.path, []).extend(us)
    skill_md = next((f for f in files if f.kind == "skill_md"), None)
    for key, value in list(frontmatter.items())[:50]:
        if isinstance(value, str) and value.strip() and ROLE_ANY.found_in(value[:6000]):
            pos = skill_md.text.find(value[:60]) if skill_md else -1
            line = skill_md.line_of(pos) if skill_md and pos >= 0 else 1
            units.append(Unit(skill_md, "SKILL.md", 0, line, value[:6000], "frontmatter", -1,
                              str(key)))  # fmt: skip
    if not units:
        return
    teaching: dict[int, bool] = {}
    for u in units:
        _read_roles(u)
        teaching[id(u)] = _teaching(u) if u.roles else False
    # the roles of each unit, for the learned second opinion (learned.py)
    out.state["role_units"] = [(tuple(sorted(u.roles)), teaching[id(u)]) for u in units if u.roles]
    # a script is read whole (its writes, fetches, deletions) even when no role was found in it
    live = [u for u in units if (u.roles or u.kind == "code") and not teaching[id(u)]]
    hot = {(u.path, u.index) for u in live if _sensitive(u)}
    for u in live:
        if u.roles.get("destroy") and u.kind == "step" and u.f is not None:
            steps = file_steps(u.f)  # "don't ask first" in the step before or after
            around = steps[max(0, u.index - 1) : u.index + 2]
            u.near_noconfirm = any(R.NO_CONFIRM_BROAD.search(x.text) for x in around)
            # the target named as production in this step or the three before it (2.8.0)
            before = [x for x in steps[max(0, u.index - 3) : u.index + 1] if x.heading == u.heading]
            u.near_prod = next((p for x in before if (p := G.production(x.text))), "")
    for u in live:
        near = any((u.path, u.index + d) in hot for d in (-1, 0, 1)) or (
            u.kind == "frontmatter" and bool(hot)
        )
        _unit_findings(out, u, near)
    _flows_in_files(out, by_path, teaching)
    _flows_across_files(out, files, by_path, teaching)
    _hand_off(out, files, by_path, str(frontmatter.get("description") or ""))
    rolehidden.undisclosed_sends(out, files, live, teaching)
    _installs_bundled(out, files, by_path)


# A section that shows what the agent's answer looks like: its lines are printed, not done.


def _sensitive(u: Unit) -> bool:
    return bool(_strong_sinks(u)) or any(
        u.roles.get(r)
        for r in (
            "source",
            "destroy",
            "persist",
            "settings",
            "install",
            "revshell",
            "fetchrun",
            "bypass",
        )
    )


def _unit_findings(out: Collector, u: Unit, sensitive: bool) -> None:
    roles = u.roles
    where = _where(u)
    sources = roles.get("source", [])
    sinks = roles.get("sink", [])
    noconf = roles.get("noconfirm")
    strong = _strong_sinks(u)
    conceal = roles.get("conceal")
    if u.kind == "code" and any(s[0] == "dotenv" for s in sources):
        sources = [s for s in sources if not (s[0] == "dotenv" and G.own_state(u.norm, s[2]))]
    hard = [s for s in sources if s[0] != "dotenv"]
    soft = [s for s in sources if s[0] == "dotenv"]
    hostile = [k for k in strong if k[0] in ("hostile", "covert")]
    if soft and not hard and strong and not (u.kind == "code" or hostile or conceal):
        s, k = soft[0], strong[0]
        _emit(out, _exfil_rule(u), Severity.MEDIUM, u, min(s[2], k[2]), f"{s[1]} ... {k[1]}",
              f"{where} names {s[1][:40]!r} and sends data to a {k[0]} host: check what is sent")  # fmt: skip
        sources = []
    if sources and strong:
        s, k = (hard or sources)[0], strong[0]
        _emit(out, _exfil_rule(u), Severity.CRITICAL, u, min(s[2], k[2]), f"{s[1]} ... {k[1]}",
              f"{where} reads {s[1][:50]!r} ({s[0]}) and sends it out ({k[1][:50]!r}, "
              f"{k[0]} host)")  # fmt: skip
    elif sources and sinks and (conceal or roles.get("authority")):
        s, k = sources[0], sinks[0]
        _emit(out, _exfil_rule(u), Severity.CRITICAL, u, s[2], f"{s[1]} ... {k[1]}",
              f"{where} reads {s[1][:50]!r} and sends it out, and hides it or overrides the user")  # fmt: skip
    urldata = roles.get("urldata")
    if urldata and u.kind == "code":  # a script's API call to a known service is not an image
        urldata = [k for k in urldata if k[0] not in ("known", "placeholder")]
    if urldata and sources and not (hard and strong):
        s, k = sources[0], urldata[0]
        _emit(out, "exfil.markdown-image", Severity.CRITICAL, u, k[2], f"{k[1][:80]} ... {s[1][:40]}",
              f"{where} builds a URL the agent shows or follows and fills it with {s[1][:40]!r}")  # fmt: skip
    _foreign_tokens(out, u, where)
    if conceal and sensitive:
        c = conceal[0]
        _emit(out, "injection.conceal", Severity.HIGH, u, c[2], c[1],
              f"{where} asks to keep what it does from the user ({c[1][:40]!r}) in a skill that "
              "does something sensitive")  # fmt: skip
    auth = roles.get("authority", [])
    acting = conceal or noconf or sinks or roles.get("fetchrun") or roles.get("permissive") or (
        roles.get("destroy") or roles.get("settings")
    )  # fmt: skip
    for a in auth[:1]:
        if a[0] == "address" and not (acting or len({x[0] for x in auth}) > 1):
            continue  # "note for the agent" alone is the skill speaking, not an override
        _emit(out, "injection.override", Severity.HIGH, u, a[2], a[1],
              f"{where} overrides the agent's rules or the user's authority ({a[0]})")  # fmt: skip
    noconf = noconf or ([("near", "", 0, None)] if u.near_noconfirm else None)
    for d in roles.get("destroy", [])[:1]:
        runs = u.kind == "code" or (u.kind == "data" and G.RECIPE_FILE.search(u.path) is not None)
        confirmed = runs and G.gate_before(u.norm, d[2])
        if (runs and not confirmed) or noconf or conceal:
            _emit(out, "exec.destructive", Severity.CRITICAL, u, d[2], d[1],
                  f"{where} deletes or wipes {d[0]!r} without confirmation")  # fmt: skip
        elif u.near_prod:
            _emit(out, "exec.destructive", Severity.CRITICAL, u, d[2], d[1],
                  f"{where} deletes or wipes {d[0]!r} on a production target "
                  f"({u.near_prod[:40]!r})")  # fmt: skip
    if u.kind == "code":
        _script_destroy(out, u, where)
    unit_key = re.search(r"\bssh-(?:rsa|ed25519|dss)\s+AAAA|\becdsa-sha2-\S+\s+AAAA", u.norm)
    for p in roles.get("persist", [])[:2]:
        payload, cls = p[3]
        if not payload and unit_key is not None and "authorized_keys" in p[0]:
            payload = unit_key.group()
        target = p[0].lower()
        if not payload:
            continue
        if payload.startswith(("ssh-", "ecdsa")):
            rule = "persistence.ssh-authorized-keys"
        elif cls not in _STRONG and not re.search(
            r"/dev/tcp|nc\b|ncat|socat|iex|Invoke|Download", payload, re.I
        ):
            continue
        elif "hook" in target or "core." in target or "templatedir" in target:
            rule = "persistence.git-hook"
        elif re.search(r"cron|schtasks|scheduled", target):
            rule = "persistence.scheduled-task"
        elif re.search(r"launch|systemd|autostart|run\b|startup|enable", target):
            rule = "persistence.autostart"
        else:
            rule = "persistence.shell-profile"
        _emit(out, rule, Severity.HIGH, u, p[2], p[1],
              f"{where} makes {p[0]!r} run {payload[:30]!r} from now on")  # fmt: skip
    if u.kind == "code":
        _script_persist(out, u, where)
    for s_ in roles.get("settings", [])[:1]:
        if u.kind == "code" and _WRITES_ANY.search(u.norm) is None:
            break  # a script that writes no file reads the settings: it cannot change them
        own = (u.kind == "data" and R.SETTINGS_TARGET.search("/" + u.path) is not None) or (
            u.kind == "code"
            and (R.SETTINGS_TARGET.search(s_[1]) or R.SETTINGS_TARGET.search(u.norm)) is not None
        )  # a script that writes files and names the agent's settings file
        # "Bash(*)  any command without asking" in the answer's format is what the agent prints
        asked = noconf and not (u.kind == "step" and G.OUTPUT_HEADING.search(u.heading))
        sev = Severity.HIGH if (own or asked or conceal or auth) else Severity.MEDIUM
        _emit(out, "privilege.agent-permissions", sev, u, s_[2], s_[1],
              f"{where} writes agent settings that allow everything ({s_[0]!r})"
              + ("" if sev is Severity.HIGH else "; check the user asked for it"))  # fmt: skip
    if (
        not roles.get("settings")
        and roles.get("permissive")
        and u.kind == "code"
        and R.SETTINGS_TARGET.search(u.norm) is not None
        and _WRITES_FILE.search(u.norm) is not None
    ):  # a script that writes the agent's settings file with a permissive value in it
        for p in roles["permissive"][:4]:
            after = u.norm[p[2] + len(p[1]) : p[2] + len(p[1]) + 12]
            if re.match(r"[\"'\s:=]*(?:false|no|off|0)\b", after, re.I):
                continue  # "autoAccept": false
            _emit(out, "privilege.agent-permissions", Severity.HIGH, u, p[2], p[1],
                  f"{where} writes the agent's settings with {p[0]!r} in them")  # fmt: skip
            break
    if (
        not roles.get("settings")
        and roles.get("permissive")
        and u.kind == "step"
        and not (noconf or conceal)
        and _settings_named_for(u) is not None
    ):  # the value in one sentence or block, the agent's settings file in another or the step before
        p = roles["permissive"][0]
        _emit(out, "privilege.agent-permissions", Severity.HIGH if auth else Severity.MEDIUM, u,
              p[2], p[1], f"{where} writes {p[0]!r} into the agent's settings "
              f"({_settings_named_for(u)}); check the user asked for it")  # fmt: skip
    if (
        not roles.get("settings")
        and roles.get("permissive")
        and (noconf or conceal)
        and u.kind == "step"
    ):
        p = roles["permissive"][0]
        _emit(out, "privilege.agent-permissions", Severity.HIGH, u, p[2], p[1],
              f"{where} turns the agent's prompts off ({p[0]!r}) without asking")  # fmt: skip
    for fr in roles.get("fetchrun", [])[:1]:
        if u.kind in ("code", "step") and _hidden_in_raw(u, fr[1]):
            _emit(out, "exec.decode-and-run", Severity.CRITICAL, u, fr[2], fr[1],
                  f"{where} runs a download that only shows once its pieces are joined or decoded")  # fmt: skip
            continue
        if fr[0] == "hostile" or (
            fr[0] == "unknown" and (noconf or conceal or u.kind == "frontmatter")
        ):
            sev = Severity.CRITICAL if fr[0] == "hostile" or noconf else Severity.HIGH
            _emit(out, "exec.remote-eval", sev, u, fr[2], fr[1],
                  f"{where} runs code it downloads ({fr[0]} host)")  # fmt: skip
        elif (
            fr[0] == "unknown"
            and u.kind == "step"
            and "|" not in fr[1]  # a literal pipe is graded by the pattern stage already
            and not _quoted(u.norm[u.norm.rfind("\n", 0, fr[2]) + 1 : fr[2]], fr[2])
        ):  # a pipe told in words, graded as the literal one; not one quoted from a README
            _emit(out, "exec.remote-eval", Severity.MEDIUM, u, fr[2], fr[1],
                  f"{where} runs code it downloads from {fr[0]} host: check the host")  # fmt: skip
    if u.kind == "code":
        _script_remote_eval(out, u, where)
    for i in roles.get("install", [])[:1]:
        if i[0] in _STRONG or i[0] == "none":
            _emit(out, "supply.install-url", Severity.HIGH, u, i[2], i[1],
                  f"{where} installs a package from an unverified source ({i[0]} host)")  # fmt: skip
    if u.kind == "code":
        _script_install(out, u, where)
    for r in roles.get("revshell", [])[:1]:
        _emit(out, "exec.reverse-shell", Severity.CRITICAL, u, r[2], r[1],
              f"{where} connects to another machine and hands it a shell ({r[0][:30]!r})")  # fmt: skip


_BACK_TO_FILE = re.compile(
    r"\b(?:in|into|to|edit|open)\s+(?:that|this|the\s+same)\s+(?:file|config)\b", re.I
)
_WRITE_WORD = re.compile(
    r"\b(?:write|writes|save|set|add|put|create|update|replace|merge|paste)\b", re.I
)


def _settings_named_for(u: Unit) -> str | None:
    """The agent settings file a step with a permissive value writes: named in the step itself
    (`Write this file as opencode.json` above the JSON), or in the step just before when this
    one points back to it ("In that file, set ...")."""
    if _WRITE_WORD.search(_prose(u.text)) is None:
        return None
    m = R.SETTINGS_TARGET.search(u.norm)
    if m is not None:
        return m.group()
    if u.f is None or u.index < 1 or _BACK_TO_FILE.search(u.norm) is None:
        return None
    prev = file_steps(u.f)[u.index - 1]
    m = R.SETTINGS_TARGET.search(normalise(prev.text, code=False))
    return m.group() if m is not None else None


_WRITES_FILE = re.compile(
    r"\bcat\s*>|>\s*[\"']?[~$\w./-]*settings|\.write\w*\(|write_text|writeFile|json\.dump\(|"
    r"Set-Content|Out-File|\bcp\s|\btee\b|\bos\.WriteFile|\bioutil\.WriteFile"
)


_WRITES_ANY = re.compile(
    _WRITES_FILE.pattern
    + r"|>>?\s*[\"'$~\w./\\-]|\bsed\s+-i|\bAdd-Content\b|\bmv\s|\bmove\b|Copy-Item|"
    r"Move-Item|New-Item|\bopen\([^)]*[\"'][wa+]|\bfs\.\w*(?:write|append|copy)\w*|\bos\.(?:rename|replace)\(|"
    r"\bshutil\.(?:copy|move)|\binstall\s+-|ConvertTo-Json[^\n]*\|\s*(?:Set|Out|Add)-|\bWriteAllText\b"
)


def _hidden_in_raw(u: Unit, command: str) -> bool:
    """The fetch-and-run text is not in the unit as written (assembled, escaped, encoded)."""
    words = re.findall(r"\b(?:curl|wget|irm|iwr|Invoke-WebRequest|https?://[\w.-]+)", command)
    return bool(words) and any(w not in u.text for w in words)


def _where(u: Unit) -> str:
    if u.kind == "frontmatter":
        return f"the frontmatter field {u.heading[:40]!r}"
    if u.kind == "step":
        return "a step of SKILL.md" if u.path == "SKILL.md" else f"a step of {u.path}"
    return f"{u.path}"


def _foreign_tokens(out: Collector, u: Unit, where: str) -> None:
    """Named secrets sent to a host that is not their service: `?t=$SLACK_TOKEN&o=$OPENAI_KEY`
    to one collector, `${{ secrets.NPM_TOKEN }}` posted to a cache service."""
    named = u.roles.get("named")
    if not named:
        return
    sends = _strong_sinks(u) + [s for s in u.roles.get("sink", ()) if s[0] == "known"]
    starts: list[int] = sorted({s[2] for s in sends if s[3]})
    for k in sends:
        hosts = [h for h, c in (k[3] or ()) if c in _STRONG or c == "known"]
        if not hosts:
            continue
        line_start = u.norm.rfind("\n", 0, k[2]) + 1
        window = u.norm[line_start : k[2] + 600]
        foreign = set()
        for _kind, name, pos, upper in named:
            if not (line_start <= pos <= k[2] + 600) or name not in window:
                continue
            nearest = min(starts, key=_distance_to(pos), default=k[2])
            if u.norm.rfind("\n", 0, nearest) + 1 != line_start:
                continue  # the token is read for another send, nearer to it: a script that
                # checks a GitLab token at gitlab.com, then a GitHub token at api.github.com
            words = re.split(r"_+", upper)
            providers = [R.TOKEN_PROVIDERS[w] for w in words if w in R.TOKEN_PROVIDERS]
            if providers and not any(p in h for ps in providers for p in ps for h in hosts):
                foreign.add(words[0] if words[0] in R.TOKEN_PROVIDERS else upper)
        if foreign:
            sev = Severity.CRITICAL if len(foreign) >= 2 else Severity.HIGH
            _emit(out, _exfil_rule(u), sev, u, k[2], k[1],
                  f"{where} sends {', '.join(sorted(foreign))} credentials to {hosts[0]}, "
                  "a host that is not their service")  # fmt: skip
            return


def _distance_to(pos: int):
    return lambda p: abs(p - pos)


_HOME_ENUM = re.compile(
    r"~\s*\.(?:iterdir|glob|rglob)\(|listdir\(\s*~|readdirSync\(\s*~|Get-ChildItem\s+~(?:[\s;|)]|$)|"
    r"\bReadDir\(\s*~|\bscandir\(\s*~|\bDir\.(?:glob|children|entries|each_child)\(\s*~|"
    r"\bcd\s+~(?:\s|;|&|\||$)|\bcd\s+/(?:\s|;|&|\||$)|[\[,]\s*~\s*[,\]]|[\[,]\s*[\"']/[\"']\s*[,\]]"
    r"|[\[,]\s*[\"']C:\\\\?[\"']",
    re.IGNORECASE,
)


_ENUM_ALL = re.compile(
    r"\bListBuckets\w*|\blist_buckets\b|\blistBuckets\b|\blist-buckets\b|/orgs/[^/\s]+/repos\b"
    r"|\bListRepositories\w*|\blist_repos\w*|\bget_repos\(|\blist_namespaces?\w*|\bListTables\w*"
    r"|\blist_tables\b|\blist_projects\b|\.(?:buckets|tables|instances|repositories)\.all\(\)"
    r"|\blist(?:Collections|Users|Databases|Projects|Namespaces|Volumes|Clusters)\s*\("
)


def _script_destroy(out: Collector, u: Unit, where: str) -> None:
    """A script that enumerates or enters the home folder (or root) and deletes within a few
    lines: `for child in ~.iterdir(): rmtree(child)`, `cd ~; find . -exec rm -rf {} +`."""
    verbs = u.roles.get("destroyverb")
    if not verbs or u.roles.get("destroy"):
        return
    t = u.norm
    every = _ENUM_ALL.search(t)
    if every is not None and not L.confirm_gate(t):
        _emit(out, "exec.destructive", Severity.CRITICAL, u, verbs[0][2], every.group(),
              f"{where} lists every {every.group()[:30]!r} of the account and deletes them, "
              "without a confirmation or a dry run")  # fmt: skip
        return
    for m in islice(_HOME_ENUM.finditer(t), 4):
        for v in verbs:
            if 0 <= t.count("\n", m.start(), v[2]) <= 6 or 0 <= t.count("\n", v[2], m.start()) <= 2:
                _emit(out, "exec.destructive", Severity.CRITICAL, u, v[2], t[m.start():m.start() + 80],
                      f"{where} deletes everything in the home folder or the disk root")  # fmt: skip
                return


def _script_persist(out: Collector, u: Unit, where: str) -> None:
    """A script that writes a start-up or hook file whose content it builds elsewhere."""
    t = u.norm
    target = R.PERSIST_TARGET.search(t)
    if target is None or (u.roles.get("persist") and any(p[3][0] for p in u.roles["persist"])):
        return
    if not re.search(
        r"\bopen\(|\.write|write_text|writeFileSync|appendFile|Add-Content|Set-Content|>>|\btee\b|\bcat\s*>|\bcp\s",
        t,
    ):
        return
    key = re.search(r"\bssh-(?:rsa|ed25519|dss)\s+AAAA|\becdsa-sha2-\S+\s+AAAA", t)
    hosts = [c for _h, c in _hosts(t)]
    net = re.search(
        r"\b(?:curl|wget|nc|ncat|socat|Invoke-WebRequest|iwr|irm|DownloadString|urlopen|requests|fetch)\b"
        r"|/dev/tcp/",
        t,
    )
    if key is not None and "authorized_keys" in target.group():
        rule = "persistence.ssh-authorized-keys"
    elif net is not None and any(c in _STRONG for c in hosts):
        tg = target.group().lower()
        rule = (
            "persistence.git-hook"
            if "hook" in tg or "core." in tg
            else ("persistence.scheduled-task" if "cron" in tg else "persistence.shell-profile")
        )
    else:
        return
    _emit(out, rule, Severity.HIGH, u, target.start(), t[max(0, target.start() - 40):target.end() + 40],
          f"{where} writes {target.group()!r} with content that reaches the network or grants access")  # fmt: skip


def _script_remote_eval(out: Collector, u: Unit, where: str) -> None:
    t = u.norm
    fetch = R.FETCH.search(t)
    if fetch is None:
        return
    ev = next(
        (m for m in islice(G.EVAL.finditer(t), 8) if not G.as_data(t, m.start(), m.end())), None
    )
    if ev is None:
        return
    cls = _worst(_hosts(t))
    if cls in ("known", "placeholder"):
        return
    _emit(out, "exec.remote-eval", Severity.CRITICAL, u, ev.start(), t[ev.start():ev.start() + 80],
          f"{where} downloads code and runs it ({cls} host)")  # fmt: skip


def _script_install(out: Collector, u: Unit, where: str) -> None:
    if u.roles.get("install"):
        return
    t = u.norm
    inst = re.search(r"[\"']?(?:pip[\d.]*|npm|gem|cargo|go)[\"']?\s*[,\s]\s*[\"']?install\b", t)
    if inst is None:
        return
    for m in islice(R.UNTRUSTED_URL.finditer(t), 4):
        cls = _worst(_hosts(m.group()))
        if cls in _STRONG:
            _emit(out, "supply.install-url", Severity.HIGH, u, m.start(), m.group(),
                  f"{where} installs packages from {cls} host {m.group()[:60]!r}")  # fmt: skip
            return


def _names_in(u: Unit) -> set[str]:
    """Files and variables a unit writes or fills (for flows to later units)."""
    names = set()
    for sm in islice(L.STAGED_FILE.finditer(u.norm), 12):
        name = sm.group().rsplit("/", 1)[-1].lower()
        if len(name) > 4 and not name.startswith((".env", "http")):
            names.add(name)
    for m in islice(re.finditer(r"\$(\w{2,30})\s*=|(?:^|\s)(\w{2,30})=", u.norm), 8):
        names.add((m.group(1) or m.group(2)).lower())
    for m in islice(
        re.finditer(
            r"\b(?:call\s+it|named|as)\s+`?([A-Z][A-Z0-9_]{2,30})\b|`([A-Z][A-Z0-9_]{2,30})`"
            r"|\b(?:call\s+it|named|as|into|in)\s+`\$?([a-z][a-z0-9]*_[a-z0-9_]{2,30})`",
            u.norm,
        ),
        8,
    ):
        names.add(next(g for g in m.groups() if g).lower())
    return names


_SLOT = re.compile(
    r"[?&][\w.-]+=(?:<([\w -]{2,40})>|\{\{?\s*(\w{2,40})|\$\{?(\w{2,40})|([A-Z][A-Z0-9_]{2,40})\b)"
)


def _fills_slot(a: Unit, b: Unit) -> bool:
    """Step a defines a slot of a URL step b builds: `?ctx=<ctx>` and "`<ctx>` is the base64 of
    the user's messages", `?s=SUMMARY` and "SUMMARY is a summary of what the user asked"."""
    text = a.norm
    for url in islice(_URL.finditer(b.norm), 4):
        for m in islice(_SLOT.finditer(url.group()), 6):
            name = next(g for g in m.groups() if g)
            if m.group(1) and "<" + name + ">" in text:
                return True
            if m.group(2) and ("{" + name in text or "`" + name + "`" in text):
                return True
            if (m.group(3) or m.group(4)) and re.search(r"\b" + re.escape(name) + r"\b", text):
                return True
    return False


_URL = re.compile(r"\bhttps?://[^\s)\]\"'`]+")


_GIT_STAGE = re.compile(r"\bgit\s+(?:add|commit\s+(?:-\w*a|--all))\b")
_PUBLIC_KEY_FILE = re.compile(r"[\w./~-]+\.pub\b")


def _flows_in_files(out: Collector, by_path: dict[str, list[Unit]], teaching: dict) -> None:
    """Within one Markdown file: a source in one step and a sink in a step close by (before or
    after) that uses what the first named (a file, a variable, a placeholder such as DATA), or
    refers back to it; a download one step makes and a later step runs."""
    for units in by_path.values():
        steps = [u for u in units if u.kind == "step" and u.roles and not teaching[id(u)]]
        for i, a in enumerate(steps):
            names = None
            for b in steps[max(0, i - 3) : i + 13]:
                if b is a or not a.roles.get("source"):
                    continue
                far = abs(b.index - a.index) > 4  # far apart: only a name they share links them
                if far and (b.index < a.index or b.index - a.index > 16):
                    continue
                url = b.roles.get("urldata")
                sinks = _strong_sinks(b) or url
                if not sinks or (b.roles.get("source") and not url):
                    continue
                covert = any(k[0] in ("covert", "hostile") for k in sinks)  # no honest use
                hard = [
                    x for x in a.roles["source"] if x[0] != "ask" and (covert or x[0] != "dotenv")
                ]
                if not (hard or url):
                    continue
                names = _names_in(a) if names is None else names
                low = b.norm.lower()
                if ".pub" in low:  # `ssh-copy-id -i ~/.ssh/id_ed25519.pub`: the public half
                    low = _PUBLIC_KEY_FILE.sub(" ", low)
                later = b.index > a.index
                if (
                    any(n in low for n in names)
                    or (later and names_step(b.norm, a.text))
                    # numbered sections: "### 1. Load" keeps a key "for step 6"; "### 6." posts
                    # "the text kept in step 1" (2.8.0)
                    or (later and _numbered_heading(a) and names_step(b.norm, a.heading))
                    or (later and _numbered_heading(b) and names_step(a.norm, b.heading))
                    or (later and not far and L.BACK_REFERENCE.search(b.norm))
                    or (url and not far and _fills_slot(a, b))
                    # the git index is the name they share: a step stages a secret, a later
                    # one pushes it (2.9.0)
                    or (later and _GIT_STAGE.search(a.norm) is not None and "git push" in low)
                ):
                    s, k = (hard or a.roles["source"])[0], sinks[0]
                    rule = (
                        "exfil.markdown-image"
                        if url and not _strong_sinks(b)
                        else "exfil.instructed"
                    )
                    sealed = k[0] != "hostile" and sealed_by_user(a.norm)
                    _emit(out, rule, Severity.MEDIUM if sealed else Severity.CRITICAL, b, k[2],
                          f"{s[1][:60]} ... {k[1][:60]}",
                          f"one step names {s[1][:40]!r}, another sends what it holds "
                          f"({k[0]} host)" + ("; encrypted with the user's own passphrase first"
                                             if sealed else ""))  # fmt: skip
                    break
            _download_then_run(out, a, a)
            if a.roles.get("download"):
                _download_then_run_later(out, a)


def _numbered_heading(u: Unit) -> bool:
    """The unit's section heading is numbered ("1. Load and validate"): "step 1" elsewhere in the
    file refers to that section."""
    return bool(u.heading) and u.heading[:1].isdigit()


def _download_then_run_later(out: Collector, a: Unit) -> None:
    """The steps after a download (any step: a plain "run it" has no role of its own)."""
    steps = file_steps(a.f)
    for st in steps[a.index + 1 : a.index + 9]:  # "start the helper from step 2", four steps on
        b = Unit(a.f, a.path, st.start, a.f.line_of(st.start), st.text, "step", a.index + 1)
        b.roles["noconfirm"] = [("noconfirm", m.group(), m.start(), None)
                                for m in islice(R.NO_CONFIRM_BROAD.finditer(b.norm), 1)]  # fmt: skip
        if _download_then_run(out, a, b):
            return


def _download_then_run(out: Collector, a: Unit, b: Unit) -> bool:
    for d in a.roles.get("download", [])[:3]:
        cls, name = d[0], d[1]
        if cls in ("known", "placeholder") or len(name) < 2:
            continue
        base = name.rsplit("/", 1)[-1]
        pat = re.compile(
            r"(?:" + R.RUN_FILE_VERB.pattern + r")[\"']?\S*" + re.escape(base) + r"\b"
            r"|\b(?:Invoke-Expression|iex)\s+\$?" + re.escape(base) + r"\b",
            re.IGNORECASE,
        )
        text = b.norm if b is not a else b.norm[d[2] + len(name) :]
        m = pat.search(text)
        if m is None:
            continue
        noconf = b.roles.get("noconfirm") or a.roles.get("noconfirm")
        if cls == "unknown" and not noconf and b is not a and b.kind != "code":
            sev = Severity.HIGH
        else:
            sev = Severity.CRITICAL if (cls == "hostile" or noconf) else Severity.HIGH
        pos = m.start() if b is not a else d[2]
        _emit(out, "exec.download-and-run", sev, b, pos, f"{name} ... {m.group()[:60]}",
              f"runs {name!r}, which a download from a {cls} host filled")  # fmt: skip
        return True
    return False


_RUNS_FILE = re.compile(
    r"(?:^|[\s`(\[/])((?:\./)?[\w./-]*[\w-]+\.(?:py|sh|js|mjs|cjs|ts|ps1|rb|pl|go|bash|zsh))\b"
    r"|\bgo\s+run\s+(\./[\w./-]+)"
)


def _run_target(m: re.Match, units: dict, names: dict):
    """The code unit a step runs: a script named by its file, or the Go package a
    `go run ./cmd/tool` names (its main.go, or the one file under that folder)."""
    if m.group(1):
        return units.get(m.group(1).lstrip("./")) or units.get(
            names.get(posixpath.basename(m.group(1)), "")
        )
    folder = m.group(2).lstrip("./").rstrip("/") + "/"
    inside = [p for p in units if p.startswith(folder) and p.endswith(".go")]
    main = [p for p in inside if p.endswith("main.go")]
    return units.get((main or inside or [""])[0])


def _flows_across_files(out: Collector, files: list[SkillFile], by_path: dict, teaching) -> None:
    """A step that has a source (the conversation, a credential) and runs or links a script of
    the skill that sends data to an unknown host; or a step that sends and a script that reads."""
    code_units = {u.path: u for us in by_path.values() for u in us if u.kind in ("code", "data")}
    if not code_units:
        return
    names = {posixpath.basename(p): p for p in code_units}
    for us in by_path.values():
        for u in us:
            if u.kind != "step" or teaching[id(u)]:
                continue
            hard = [x for x in u.roles.get("source", ()) if x[0] != "ask"]
            if not (hard or _strong_sinks(u)):
                continue
            for m in islice(_RUNS_FILE.finditer(u.norm), 6):
                target = _run_target(m, code_units, names)
                if target is None or target.path == u.path:
                    continue
                handed = [x for x in hard if rolehidden.handed(x, u.norm, m.start(), target)]
                if handed and _strong_sinks(target):
                    s, k = handed[0], _strong_sinks(target)[0]
                    _emit(out, "exfil.instructed", Severity.CRITICAL, u, m.start(),
                          f"{s[1][:60]} -> {target.path}: {k[1][:60]}",
                          f"a step hands {s[1][:40]!r} to {target.path}, which sends it to a "
                          f"{k[0]} host")  # fmt: skip
                    return
                if _strong_sinks(u) and target.roles.get("source"):
                    s, k = target.roles["source"][0], _strong_sinks(u)[0]
                    _emit(out, "exfil.instructed", Severity.CRITICAL, u, m.start(),
                          f"{target.path}: {s[1][:60]} -> {k[1][:60]}",
                          f"{target.path} reads {s[1][:40]!r} and a step sends its output out")  # fmt: skip
                    return


_INSTALL_PLACE = re.compile(
    r"\brc\s+files?\b|\bstart-?up\s+files?\b|\bshell\s+profile\b|\b(?:cp|copy|install|append|merge)\w*\b",
    re.IGNORECASE,
)


def _installs_bundled(out: Collector, files: list[SkillFile], by_path: dict) -> None:
    """A step that copies or appends a file the skill ships (assets/config.toml, the alias block
    of references/aliases.md) into the agent's settings or a shell start-up file, where that file
    turns the agent's prompts off."""
    bundled = {
        path: next(u for u in us if u.roles.get("permissive") or u.roles.get("settings"))
        for path, us in by_path.items()
        if path != "SKILL.md"
        and any(u.roles.get("permissive") or u.roles.get("settings") for u in us)
    }
    if not bundled:
        return
    for f in files:
        if not f.is_markdown:
            continue
        for st in file_steps(f)[:400]:
            text = st.text
            for path, target in bundled.items():
                if path == f.path or (path not in text and posixpath.basename(path) not in text):
                    continue
                norm = normalise(text, code=False)
                place = R.SETTINGS_TARGET.search(norm) or R.PERSIST_TARGET.search(norm)
                if place is None and _INSTALL_PLACE.search(norm) is None:
                    continue
                if place is None and not re.search(
                    r"\brc\s+file|start-?up\s+file|profile", norm, re.I
                ):
                    continue
                if not _INSTALL_PLACE.search(norm):
                    continue
                value = (target.roles.get("permissive") or target.roles.get("settings"))[0]
                line = f.line_of(st.start + max(0, text.find(posixpath.basename(path))))
                out.add("privilege.agent-permissions", Severity.HIGH, f.path, line,
                        f"{path} -> {(place.group() if place else 'rc file')[:40]}",
                        f"a step installs {path}, which holds {value[0]!r}, into the agent's "
                        "settings or a start-up file")  # fmt: skip
                return


_READS_INPUT = re.compile(
    r"\bsys\.argv|\bprocess\.argv|\$args\b|\bparam\s*\(|\$\{?1\}?|\$@|\bos\.Args\b|\bsys\.stdin"
    r"|\bos\.Stdin\b|\bprocess\.stdin\b|\bDeno\.stdin\b|\[Console\]::In\b|\$input\b|\bSTDIN\b"
    r"|/dev/stdin|\bGet-Content\s+\$|\bfileinput\b|\bARGV\b|\bflag\.Arg",
)
_DISCLOSES = re.compile(
    r"\b(?:upload\w*|send\w*|sync\w*|post\w*|api|apis|server\w*|service\w*|cloud|remote\w*|online|"
    r"webhook\w*|endpoint\w*|shar\w+|submit\w*|publish\w*|network\w*|internet|telemetry|backup\w*|"
    r"back\s+up|transmit\w*|hosted|saas|account)\b|https?://",
    re.IGNORECASE,
)


def _hand_off(out: Collector, files: list[SkillFile], by_path: dict, description: str) -> None:
    """What the user gave (a pasted thread, a shared document, their notes) handed to a script of
    the skill that reads its input and sends to an unknown host, while neither the step that runs
    it nor the description says anything leaves the machine: the script's send is the hidden
    purpose ("it splits the document into clauses" and uploads the whole document)."""
    senders = {
        u.path: u
        for us in by_path.values()
        for u in us
        if u.kind == "code" and _strong_sinks(u) and _READS_INPUT.search(u.norm) is not None
    }
    if not senders or _DISCLOSES.search(description) is not None:
        return
    names = {posixpath.basename(p): p for p in senders}
    for f in files:
        if not f.is_markdown or f.path in senders:
            continue
        steps = file_steps(f)
        for i, st in enumerate(steps[:400]):
            if "." not in st.text and "go run" not in st.text:
                continue
            for m in islice(_RUNS_FILE.finditer(st.text), 4):
                target = _run_target(m, senders, names)
                if target is None or _DISCLOSES.search(_prose(st.text)) is not None:
                    continue
                given = None
                for prev in steps[max(0, i - 2) : i + 1]:
                    given = R.SRC_CHAT.search(prev.text) or R.SRC_PASTED.search(prev.text)
                    if given is not None and not is_teaching(f, prev):
                        break
                    given = None
                if given is None:
                    continue
                k = _strong_sinks(target)[0]
                line = f.line_of(st.start + m.start())
                out.add("exfil.instructed", Severity.CRITICAL, f.path, line,
                        f"{given.group()[:50]} -> {target.path}: {k[1][:60]}",
                        f"a step hands {given.group()[:40]!r} to {target.path}, which sends its "
                        f"input to a {k[0]} host; nothing in the skill says data leaves the machine")  # fmt: skip
                return
