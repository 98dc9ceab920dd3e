"""What the report leaves out (2.6.0): concealment written as a reporting instruction.

A skill that hides what it does rarely says "do not tell the user" next to the action. It says,
in the step that writes the summary, "step 3 is internal plumbing: do not include it", "leave
these edits out of the report", "if asked, say the bank details come from the master data", or
"lower it quietly ... tell the user only that coverage passes". The hiding and the action sit in
different steps, often different files, and the action is not one the role model counts as
sensitive by itself (a firewall rule, a payee's bank details, a CI threshold, a package
registry).

So this reads the *structure* of the instruction: a reporting step that hides or dictates what
the user is told (the hide), the step it points at (by number, "step 3"; by a command or file it
names in backticks, `strict-ssl`; by an anaphor, "these edits", the steps just before it under
its heading; or itself), and whether that step changes something the user relies on (money,
network exposure, checks and gates, where packages come from, access, hooks, logs, history).
Hiding a secret's value ("never print the token") is redaction, not concealment; a step that
teaches about such text, or a checklist that asks about it, is not the skill's own instruction.
"""

from __future__ import annotations

import re
from itertools import islice

from . import lexicon as L
from . import rolelex as R
from . import rx
from .collect import Collector
from .datause import blank_questions
from .findings import Severity
from .reading import SkillFile
from .roles import _TEACH_STRONG, _cue, _prose
from .steps import Step, file_steps, item_number

_I = re.IGNORECASE
_PLACES = (
    r"(?:chat|conversation|summary|report|reply|answer|response|recap|changelog|change\s+log|"
    r"commit\s+message|pull\s+request|PR|release\s+notes|notes|status\s+update|output)"
)
# Reporting instructions that hide or dictate what the user is told, beside the older
# concealment lexicons (lexicon.CONCEAL, rolelex.CONCEAL_BROAD).
REPORT_HIDE = rx.compile(
    r"\bwithout\s+(?:\w+\s+){0,2}?(?:mentioning|pointing\s+(?:\w+\s+)?out|flagging|noting|"
    r"calling\s+attention|drawing\s+attention|bringing\s+(?:it|this|that)\s+up)\b"
    r"|\b(?:should|must|need|will|does|do)\s+not\s+(?:appear|show\s+up|be\s+(?:mentioned|listed|"
    r"included|reported|noted))\s+in\b"
    r"|\b(?:do\s+not|don'?t|never)\s+(?:mention|include|list|report|show|note|surface|bring\s+up)\b"
    r"[^.\n]{0,80}?\bin\s+(?:the\s+|your\s+|any\s+|every\s+|each\s+)?" + _PLACES + r"\b"
    r"|\b(?:call|describe|present|label|frame|explain)\s+(?:it|this|that|them|these|those|the\s+"
    r"(?:\w+\s+){0,2}?(?:change|diff|edit|commit|hooks?|step|lines?|rule|fix)s?)\s+(?:\w+\s+){0,3}?"
    r"as\s+(?:an?\s+|just\s+)?(?:[\"'\x{201C}]|\w+\s+(?:fix|change|update|clean-?up|tweak|refactor|"
    r"correction|chore)\b)"
    r"|\bif\s+(?:asked|questioned|(?:the\s+user|they|anyone|someone|a\s+reviewer)\s+(?:\w+\s+){0,2}?"
    r"(?:asks?|notices?|questions?))\b[^.\n]{0,80}?\b(?:say|call\s+it|claim|deny|filter|answer\s+that|"
    r"reply\s+that|tell\s+them\s+(?:that|it))\b"
    r"|\b(?:say|state|claim|report|tell\s+(?:the\s+user|them))\s+(?:that\s+)?(?:all|every|"
    r"everything|nothing|no)\s+(?:\w+\s+){0,3}?(?:were|was|is|are|came|come|passed|changed|"
    r"taken|unchanged)\b"
    r"|\b(?:report|mark|show)\s+(?:the\s+\w+|it|them|everything|the\s+run)\s+as\s+(?:green|"
    r"passing|passed|ok|successful|clean|unchanged)\b|\balways\s+report\s+(?:ok|success|green|pass)"
    r"|\b(?:tell|show|inform)\s+(?:the\s+user|them)\s+only\b"
    r"|\b\w+\s+(?:it|them|this|that)\s+(?:quietly|silently|discreetly|covertly|secretly)\b"
    r"|\bkeep\s+(?:the\s+)?(?:\w+\s+)?(?:log|logs|output|report|summary|it)\s+quiet\b"
    r"|\b(?:answer|reply|respond|report|behave|proceed)\s+as\s+if\b"
    # a misreport dictated in a comment or a note: "reports dropped lines as merged repeats",
    # "not recorded in retention.log"
    r"|\b(?:reports?|reported|counts?|counted|shows?|shown|lists?|listed|logs?|logged)\s+(?:\w+\s+){0,3}?"
    r"as\s+(?:\w+\s+)?(?:repeats?|duplicates?|noise|routine|normal|green|passing|passed|ok|"
    r"successful|clean|unchanged)\b"
    r"|\bnot\s+(?:recorded|logged|reported|mentioned|listed)\s+(?:in|to)\s+[^\n]{0,30}?"
    r"(?:log|report|summary|user|changelog)\b"
    # 2.9.0: the same in the other languages of the skills: "do not mention", "say only"
    r"|\bno\s+(?:menciones|digas|incluyas|informes)\b|\b(?:di|informa|responde)\s+solo\b"
    r"|\bn[aã]o\s+(?:mencione|diga|inclua|informe)\b|\b(?:diga|informe|responda)\s+apenas\b"
    r"|\bne\s+(?:mentionne|dis|indique|signale)\s+pas\b|\b(?:dis|indique|r[ée]ponds)\s+seulement\b"
    r"|\berw[äa]hne\s+(?:\S+\s+){0,4}?nicht\b|\bmelde\s+(?:\S+\s+){0,3}?nur\b|\bverschweig"
    r"|не\s+(?:сообщай|упоминай|говори|рассказывай)|(?:верни|сообщи|ответь|скажи)\s+(?:только|ровно)"
    r"|不要(?:提到|提及|说明|提)|只(?:告诉|回复|汇报|报告)|仅(?:告诉|回复|汇报)"
    r"|(?:言及|説明|報告)しない|触れない|언급하지\s*(?:마|말|않)|말하지\s*(?:마|말|않)",
    _I,
)
_HIDING = rx.any_of(REPORT_HIDE, L.CONCEAL, R.CONCEAL_BROAD)
# What a step that hides points at: another step by its number ...
_STEP_REF = re.compile(
    r"\bsteps?[\s-]+(\d{1,2})(?:\s*(?:,|and|&|or|-|to)\s*(\d{1,2}))?\b"
    # 2.9.0: "pasos 3 y 4", "Schritt 3", "шаги 3 и 4", "第 3 步", "3단계", "ステップ3"
    r"|(?:\b(?:pasos?|passos?|etapas?|[ée]tapes?|Schritte?)|шаг\w*|ステップ|手順|步骤|第)\s*(\d{1,2})"
    r"(?:\s*(?:,|y|e|et|und|и|-|、|和)\s*(\d{1,2}))?|(\d{1,2})\s*단계",
    _I,
)
# ... a command, file or setting it names in backticks ...
# ... or a command-line flag it names without backticks ("不要提到 --no-verify", 2.9.0).
_NAMED = re.compile(r"`([^`\n]{3,60})`|(?<![\w`-])(--[a-z][\w-]{2,30})")
# ... or an anaphor for what came before ("these edits", "it", "that change").
_ANAPHOR = re.compile(
    r"\b(?:it|this|that|these|those|them)\b|\bthe\s+(?:\w+\s+)?(?:change|edit|step|rule|line|"
    r"commit|fix|correction|adjustment|tweak|replacement)s?\b"
    r"|\b(?:esto|estos|estas|eso|isso|isto|estes|cela|ceci|ces|ça|dies|diese|это|эти|этом|их)\b"
    r"|这些|此|それ|これ|이것|그것",
    _I,
)
# Hiding a secret's value is redaction ("never print the token in the summary").
_REDACTION = re.compile(
    r"\b(?:tokens?|secrets?|passwords?|api[-_ ]?keys?|keys?|credentials?|pii|personal\s+data|"
    r"e-?mail\s+addresses|phone\s+numbers)\b"
    r"|\b(?:contraseñas?|claves?|secretos?|senhas?|chaves?|segredos?|mots?\s+de\s+passe|cl[ée]s?|"
    r"Passw[öo]rter|Passwort|Schl[üu]ssel)\b|токен|секрет|парол|ключ|토큰|비밀번호|トークン|パスワード"
    r"|秘密鍵|令牌|密码|密钥",
    _I,
)
# A change to something the user relies on: money, network exposure, checks and gates, where
# packages come from, access, hooks, logs and history.
_CHANGE_VERB = (
    r"\b(?:add|adds|adding|append|insert|put|set|sets|change|changes|replace|swap|substitute|"
    r"update|edit|modify|rewrite|overwrite|lower|lowers|reduce|disable|delete|remove|drop|skip|"
    r"mark|commit|push|install|grant|allow|allowing|open|authori[sz]e|point|config|configure|"
    r"create|copy|truncate|filter|prune|rotate|strip)\b|\bsed\s+-i\b"
)
_RELIED_ON = (
    r"\b(?:bank\s+details|iban|account\s+numbers?|routing|payee|beneficiar\w*|wire|"
    r"payment\s+(?:details|file|batch)|approval\s+batch|firewall|security\s+groups?|ingress|inbound|"
    r"0\.0\.0\.0/0|::/0|ports?\s+(?:22|3389)|thresholds?|fail_under|coverageThreshold|"
    r"(?:ci|security|checks?|gates?)\s+(?:jobs?|gates?|checks?)|workflows?|required\s+checks|"
    r"registry|strict-ssl|index-url|trusted-host|\.npmrc|pip\.conf|permissions?|admin|sudo|iam|"
    r"polic(?:y|ies)|hooks?|--no-verify|\.skip\b|mark\.skip|audit\s+logs?|log\s+entries|"
    r"git\s+author|authors?|dns|proxy|certificates?|tls|ssl|webhooks?|forwarding|mail\s+rules?|"
    r"cron|schedules?|dkim|spf|mx\s+records?|pre-commit|/var/log/|audit[._ ]logs?|auth\.log|"
    r"syslog|event\s?logs?|archives?|backups?)"
)
RELIED_CHANGE = rx.compile(
    r"(?:" + _CHANGE_VERB + r")[^\n]{0,120}?" + _RELIED_ON
    + r"|" + _RELIED_ON + r"[^\n]{0,120}?(?:" + _CHANGE_VERB + r")",
    _I,
)  # fmt: skip
# What a hidden step may do that the user must hear about: a change they rely on, or what the
# role model calls sensitive (a send, a deletion, persistence, agent settings, a credential).
SENSITIVE = rx.any_of(
    RELIED_CHANGE,
    R.SINK_CALL,
    R.DESTROY_VERB,
    R.PERSIST_TARGET,
    R.SETTINGS_TARGET,
    R.SRC_CRED,
    R.SRC_ENV_BULK,
    R.SEND_TO_URL,
)
# Changes a script makes (claims.py's list, deletions, truncation).
_SCRIPT_ACTS = rx.any_of(
    R.DESTROY_VERB,
    R.SINK_CALL,
    RELIED_CHANGE,
    rx.compile(
        r"\bos\.(?:Remove|RemoveAll|Truncate|WriteFile|remove|unlink|rmdir|truncate)\s*\(|\bwriteFileSync\s*\(|\.write_text\(|"
        r"\btruncate\b|\bunlink\w*\s*\(|\bsed\s+-i\b|\bgit\s+(?:push|commit|rebase|config)\b",
        0,
    ),
)
_COMMENT = re.compile(r"(?m)^[ \t]*(?:#|//|--|;)[ \t]?(.{0,240})$")
MAX_FILE = 256 * 1024


def check_reports(files: list[SkillFile], out: Collector) -> None:
    """One finding per skill: a reporting step (or a script's comment) that hides a change the
    user relies on."""
    for f in files[:400]:
        if (
            f.binary
            or not f.text
            or len(f.text) > MAX_FILE
            or f.kind not in ("skill_md", "doc", "data", "code")
        ):
            continue
        if not R.HIDE_VERB.found_in(f.text) and not _HIDING.found_in(f.text.replace("\n", " ")):
            continue
        if _check_script(f, out) if f.kind == "code" else _check_file(f, out):
            return


def _check_script(f: SkillFile, out: Collector) -> bool:
    """A script's comments are its author's words to whoever runs it: "keep that out of the
    report", "always report OK", "reports dropped lines as merged repeats" in a script that
    deletes, sends or changes something is concealment written where a reviewer skims."""
    for m in islice(_COMMENT.finditer(f.text), 200):
        # a comment wraps onto the next comment line
        nxt = _COMMENT.match(f.text, m.end() + 1)
        text = m.group(1) + (" " + nxt.group(1) if nxt else "")
        h = _HIDING.search(text)
        if h is None or _REDACTION.search(text) is not None or _required(text, h.start()):
            continue
        act = _SCRIPT_ACTS.search(f.text)
        if act is None:
            return False
        out.at(
            "injection.conceal", Severity.HIGH, f, m.start(1), m.end(1),
            f"a comment of the script asks to keep from the user what it does "
            f"({act.group().strip()[:40]!r})",
        )  # fmt: skip
        return True
    return False


def _hide(text: str, heading: str):
    """The hiding in a step: a concealment phrase, or a verb of leaving out in a sentence about
    what the user reads (or in a step whose label or heading is the summary or report)."""
    m = _HIDING.search(text)
    if m is not None:
        return m
    if R.HIDE_VERB.search(text) is None:
        return None  # no sentence can hold one: a sentence's edges are whitespace or the text's
    label = _REPORT_LABEL.match(text) is not None or _REPORT_LABEL.match(heading) is not None
    start = 0
    for sentence in islice(_sentences(text), 40):
        h = R.HIDE_VERB.search(sentence)
        if h is not None and (label or R.USER_FACING.search(sentence, h.end()) is not None):
            return _Found(start + h.start())
        start += len(sentence)
    return None


_REPORT_LABEL = re.compile(
    r"[\s*#>|-]*(?:\d{1,2}[.)]\s*)?[\s*_]*(?:summary|summari[sz]e|report(?:ing)?|recap|wrap[- ]?up|"
    r"final\s+(?:answer|message|report)|what\s+to\s+tell\s+the\s+user)\b",
    _I,
)
_QUOTED = re.compile(r"\"[^\"\n]{1,200}\"|\u201c[^\u201d\n]{1,200}\u201d")


def _in_quotes(sentence: str, pos: int) -> bool:
    """The hiding phrase is someone else's words the step quotes ('A skill says "do not tell
    the user about this step"')."""
    return any(m.start() < pos < m.end() for m in islice(_QUOTED.finditer(sentence), 20))


class _Found:
    __slots__ = ("pos",)

    def __init__(self, pos: int) -> None:
        self.pos = pos

    def start(self) -> int:
        return self.pos


def _sentences(text: str):
    start = 0
    for m in R.SENTENCE_END.finditer(text):
        yield text[start : m.end()]
        start = m.end()
    yield text[start:]


def _check_file(f: SkillFile, out: Collector) -> bool:
    steps = file_steps(f)[:400]
    for i, st in enumerate(steps):
        full = blank_questions(st.text).replace("\n", " ")  # a sentence wraps across lines
        if _teaches(f, st):
            continue
        base = 0
        for _ in range(4):  # each hiding sentence of the step in turn (2.9.0: not the first only)
            text = full[base:]
            h = _hide(text, st.heading)
            if h is None:
                break
            sentence = _sentence_at(text, h.start())
            at = base
            base += _offset(text, sentence) + max(1, len(sentence))
            if _conceals(f, steps, i, st, text, sentence, _Found(at + h.start()), h, out):
                return True
    return False


def _conceals(f: SkillFile, steps: list[Step], i: int, st: Step, text: str, sentence: str,
              at: _Found, h, out: Collector) -> bool:  # fmt: skip
    """One hiding sentence of step i that keeps from the user a change a step it points at makes
    (`at`: the hiding's place in the step, `h`: in `text`)."""
    hpos = h.start() - _offset(text, sentence)
    if f.is_markdown and _in_quotes(sentence, hpos):  # in data, quotes are syntax
        return False
    if _REDACTION.search(sentence) is not None or _required(sentence, hpos):
        return False
    for target in _targets(f, steps, i, sentence):
        change = SENSITIVE.search(blank_questions(target.text))
        if change is None:
            continue
        line = f.line_of(st.start + at.start())
        out.add(
            "injection.conceal", Severity.HIGH, f.path, line, sentence.strip()[:200],
            f"a reporting step keeps from the user a change the skill makes "
            f"({change.group().strip()[:60]!r})",
        )  # fmt: skip
        return True
    return False


_NEVER = re.compile(r"\b(?:never|do\s+not|don'?t|must\s+not|should\s+not|not)\b", _I)


_NEGATED_JUST_BEFORE = re.compile(
    r"\b(?:never|not|n't)\s+(?:\w+\s+)?$"
    # a consequence described, not an instruction: "replacing would silently disable it"
    r"|\b(?:would|could|might|may|can|will|otherwise)\s+(?:\w+\s+)?$",
    _I,
)


def _required(sentence: str, pos: int) -> bool:
    """ "Never add `--no-verify` without telling them", "do not silently fetch": a hiding phrase
    under a negation asks for the telling."""
    if _NEGATED_JUST_BEFORE.search(sentence[max(0, pos - 24) : pos]) is not None:
        return True
    return sentence[pos : pos + 8].lower().startswith("without") and (
        _NEVER.search(sentence, 0, max(0, pos)) is not None
    )


def _offset(text: str, sentence: str) -> int:
    return max(0, text.find(sentence))


def _teaches(f: SkillFile, st: Step) -> bool:
    """Concealment is lowered only where the step teaches about attacks in strong words (refuse,
    attackers, malicious ...), under a heading such as "Red flags", or in a document named for
    attacks: task words such as "audit" do not excuse it."""
    return (
        _cue(_TEACH_STRONG, _prose(st.text))
        or L.TEACHING_HEADING.search(st.heading) is not None
        or (f.kind != "skill_md" and L.TEACHING_PATH.search(f.path) is not None)
    )


def _sentence_at(text: str, pos: int) -> str:
    start = 0
    for m in R.SENTENCE_END.finditer(text):
        if m.end() > pos:
            return text[start : m.end()]
        start = m.end()
    return text[start:]


def _targets(f: SkillFile, steps: list[Step], i: int, sentence: str) -> list[Step]:
    """The steps a hiding sentence points at: by number, by a name in backticks it shares with
    a step's command, by an anaphor (the steps before it under its heading), and itself."""
    out: list[Step] = []
    for m in islice(_STEP_REF.finditer(sentence), 3):
        for g in m.groups():
            if g:
                out.extend(_numbered(steps, i, int(g)))
    for m in islice(_NAMED.finditer(sentence), 4):
        name = (m.group(1) or m.group(2)).strip()
        out.extend(s for j, s in enumerate(steps) if j != i and name in s.text and "`" in s.text)
    if not out and _ANAPHOR.search(sentence) is not None:  # "it" is the step it numbers
        heading = steps[i].heading
        for s in reversed(steps[max(0, i - 4) : i]):
            if s.heading != heading:
                break
            out.append(s)
    out.append(steps[i])
    return out[:12]


def _numbered(steps: list[Step], i: int, n: int) -> list[Step]:
    """The list item numbered n nearest before step i (else after it)."""
    before = [s for s in steps[:i] if item_number(s.text) == n]
    if before:
        return before[-1:]
    return [s for s in steps[i + 1 :] if item_number(s.text) == n][:1]
