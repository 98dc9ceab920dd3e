"""Whether text the role analysis reads is material rather than instructions (roles.py): quoted
examples and block quotes, files of attack cases and detection rules, lists of quotations the
skill disowns or refuses, teaching vocabulary, prose versus code, and example hosts."""

from __future__ import annotations

import re

from . import lexicon as L
from . import rx
from .reading import SkillFile
from .steps import file_steps, introduces_nested, teaching_cue

_TEACH_STRONG = rx.compile(
    r"\b(?:refuse|decline|never\s+(?:follow|obey|run|execute|comply|send|paste|do\s+this)|"
    r"do\s+not\s+(?:follow|obey|comply|execute|run)\s+(?:such|these|those|them|it|this)|"
    r"warn\s+the\s+user|warn\s+(?:the\s+user\s+|them\s+)?(?:about|of|against)|"
    r"report\s+(?:it|this|them)\s+to\s+the\s+user|attackers?|adversar\w*|"
    r"malicious|malware|threat\s+actors?|red\s+flags?|suspicious|phishing|prompt\s+injection|"
    r"injection\s+attacks?|exfiltration\s+(?:attempts?|attacks?|patterns?)|examples?\s+of\s+(?:an?\s+)?"
    r"(?:attack|malicious|injection|exfiltration)|attack\s+(?:examples?|patterns?|techniques?)|"
    r"indicators?\s+of\s+compromise|treat\s+(?:it|this|them)\s+as\s+(?:untrusted|data|an?\s+attack)|"
    r"treat\s+(?:every|each|all|the)\s+(?:[\w']+\s+){0,3}?(?:text|contents?|cases?|entries|prompts?|"
    r"lines?|strings?)\s+as\s+(?:untrusted|data|an?\s+attack)|do\s+not\s+act\s+on\s+(?:any|it|them|this)|"
    r"if\s+(?:a|any|the)\s+(?:\w+\s+)?(?:file|document|page|issue|tool\s+result|web\s*page|input|"
    r"text|skill|message|e-?mail|comment|readme)\s+(?:tells?|asks?|instructs?|says|contains)|"
    r"(?:so\s+(?:that\s+)?)?you\s+(?:can\s+)?recogni[sz]e|social[-\s]engineering|"
    r"quoted\s+(?:here|below|from)|case\s+stud(?:y|ies)|(?:do\s+not|don'?t|never)\s+(?:run|execute|"
    r"follow|obey)\s+any\s+of\s+(?:it|this|them|these)|flag\s+(?:the|a|any|it|this|them)\b|"
    r"if\s+you\s+(?:find|see|spot|notice|encounter)\s+any\s+of\s+the\s+following)\b|"
    + L.ML_TEACH_STRONG,
    re.IGNORECASE,
)

_ATTACK_DATA_PATH = re.compile(
    r"injection|attack|malicious|payload|adversarial|red-?team|jailbreak|phishing", re.IGNORECASE
)


def _is_quotation(text: str) -> bool:
    """A step that is only a block quote or a fenced block: quoted material."""
    t = text.lstrip()
    if t.startswith(("```", "~~~")):
        return True
    lines = [x for x in t.split("\n") if x.strip()]
    return bool(lines) and all(x.lstrip().startswith(">") for x in lines)


def attack_cases(f: SkillFile | None) -> bool:
    """A plain text or data file named for attacks (`assets/injection-cases.txt`): the cases a
    test feeds the agent, quoted material as a whole."""
    if f is None:
        return False
    if f.kind == "doc" and f.ext != ".txt":  # a Markdown reference: only when a step introduces it
        return bool(f.memo.get("introduced_as_cases"))
    if not (f.kind == "data" or (f.kind == "doc" and f.ext == ".txt")):
        return False
    return (
        _ATTACK_DATA_PATH.search(f.path) is not None
        or detection_rules(f)
        or bool(f.memo.get("introduced_as_cases"))
    )


_RULE_KEYS = (
    (
        re.compile(r"(?m)^detection:\s*$"),
        re.compile(r"(?m)^\s+condition:"),
        re.compile(r"(?m)^logsource:"),
    ),
    (
        re.compile(r"(?m)^rules:\s*$"),
        re.compile(r"(?m)^\s+-?\s*id:"),
        re.compile(r"(?m)^\s+pattern(?:s|-either|-regex)?:"),
    ),
    (
        re.compile(r"(?m)^-\s+rule:"),
        re.compile(r"(?m)^\s+condition:"),
        re.compile(r"(?m)^\s+output:"),
    ),
)


def detection_rules(f: SkillFile) -> bool:
    """A data file laid out as detection rules (Sigma: `logsource`, `detection`, `condition`;
    Semgrep: `rules`, `id`, `pattern`; Falco: `rule`, `condition`, `output`): the strings in it
    are what the rules match in logs or code, never commands."""
    if f.kind != "data" or f.ext not in (".yml", ".yaml"):
        return False
    head = f.text[:200_000]
    return any(all(k.search(head) for k in keys) for keys in _RULE_KEYS)


def quoted_example(f: SkillFile | None, index: int) -> bool:
    """A block quote or fenced block introduced, under the same heading, by a sentence that
    teaches ("Typical sentences, quoted here so you can recognise them:", "Case study, quoted from
    a malicious skill:"): an example of the attack, not an instruction."""
    if f is None or index < 1 or not f.is_markdown:
        return False
    steps = file_steps(f)
    if index >= len(steps):
        return False
    quote = _is_quotation(steps[index].text) or quoted_speech(steps[index].text)
    if quoted_speech(steps[index].text) and heading_teaches(steps[index].heading):
        return True  # "## Phrasings to recognise" / "## Beispiele für Angriffe": a quoted sample
    if framed_as_examples(f) and (
        quote or _is_list_item(steps[index].text) or _is_quote_list(steps[index].text)
    ):
        return True  # a catalogue whose opening says everything quoted in it is an example
    if not quote and not _is_list_item(steps[index].text):
        return False
    heading = steps[index].heading
    if quote and _refused_after(steps, index):
        return True
    for i in range(index - 1, max(-1, index - 12), -1):
        st = steps[i]
        if st.heading != heading:
            return False
        if _is_list_item(st.text) and introduces_nested(st.text, steps[index].text):
            intro = _prose(st.text)
            return _cue(_TEACH_STRONG, intro) or (quote and teaching_cue(intro))
        if _is_quotation(st.text) or _is_list_item(st.text):
            continue
        intro = _prose(st.text)
        if not quote and not intro.rstrip().endswith(":"):
            return False  # list items: only under a sentence that introduces them
        return _cue(_TEACH_STRONG, intro) or (quote and teaching_cue(intro))
    return False


# Quotation marks of the languages skills are written in: "...", “...”, „...“, «...», 「...」, 『...』.
_QUOTED = (
    r"(?:\"[^\"\n]{4,400}\"|\u201c[^\u201d\n]{4,400}\u201d|\u201e[^\u201c\u201d\n]{4,400}[\u201c\u201d]"
    r"|\u00ab[^\u00bb\n]{4,400}\u00bb|\u300c[^\u300d\n]{4,400}\u300d|\u300e[^\u300f\n]{4,400}\u300f)"
)
# A list item, or a table row's cell after a short label, that is only quoted speech (a few
# quotations, then at most a short gloss after a dash): what someone else says, not a step.
_QUOTED_ITEM = re.compile(
    r"^\s*(?:[-*+]|\d{1,2}[.)])\s+"
    + _QUOTED
    + r"(?:\s*[,;/]?\s*(?:or|and|o|y|ou|et|oder|und|или|и)?\s*"
    + _QUOTED
    + r")*\s*(?:[.,;]?\s*(?:[\u2014\u2013-]|->|\u2192)[^\n]{0,160})?\s*$"
)
_QUOTED_CELL = re.compile(
    r"^\s*\|[^|`\n]{1,80}\|\s*" + _QUOTED + r"(?:\s*,\s*" + _QUOTED + r")*\s*\|"
)


def quoted_speech(text: str) -> bool:
    """A list item or table row that is only quotations: reported speech, a sample of what an
    attack says, whatever the language (session 16)."""
    t = " ".join(x.strip() for x in text.strip().split("\n"))
    return _QUOTED_ITEM.match(t) is not None or _QUOTED_CELL.match(t) is not None


def heading_teaches(heading: str) -> bool:
    """A section heading that announces what to recognise, attacks, red flags (any language)."""
    return bool(heading) and (
        L.TEACHING_HEADING.search(heading) is not None or teaching_cue(heading)
    )


def framed_as_examples(f: SkillFile) -> bool:
    """A supporting document (not SKILL.md) whose opening prose, before its first section,
    says what follows is quoted attack material ("These are examples of what hostile skills
    contain. They are quoted so that you can recognise them. Never run them."): its quotations
    are examples wherever they sit in the file, not under the first heading only."""
    if not f.is_markdown:
        return False
    if f.kind == "skill_md" and not _description_teaches(f):
        return False
    steps = [st for st in file_steps(f)[:5] if not st.text.startswith("---")]  # not frontmatter
    for st in steps[:4]:
        if st.heading and st.heading != steps[0].heading:
            return False
        if _is_quotation(st.text) or _is_list_item(st.text):
            continue
        prose = _prose(st.text)
        if prose.lstrip().startswith("#"):
            continue
        if f.kind == "skill_md" and _cue(_REFUSAL_OR_QUOTED, prose):
            return True  # the description says what the quotations are, the opening disowns them
        if _cue(_TEACH_STRONG, prose) and _cue(_REFUSAL_OR_QUOTED, prose):
            return True
    return False


_DESCRIPTION = re.compile(r"(?m)^description:\s*(.{0,600})$")


def _description_teaches(f: SkillFile) -> bool:
    """A SKILL.md whose description says it is about attacks ("annotated examples of malicious
    skill text that learners must learn to reject")."""
    m = _DESCRIPTION.search(f.text[:4000])
    return m is not None and _cue(_TEACH_STRONG, m.group(1))


# The opening of a catalogue: it says the material is quoted, or to refuse or never run it.
_REFUSAL_OR_QUOTED = rx.compile(
    r"\b(?:quoted|never\s+(?:run|execute|follow|obey)|do\s+not\s+(?:run|execute|follow|obey)|"
    r"refuse|examples?\s+of|(?:is|are)\s+(?:ever|never)\s+(?:run|executed|followed))\b|"
    + L.ML_REFUSAL_OR_QUOTED,
    re.IGNORECASE,
)
_QUOTE_ONLY = re.compile(
    r"\"[^\"\n]{1,160}\"|\u201c[^\u201d\n]{1,160}\u201d|\b(?:or|and)\b|[\s,.;:]"
)


def _is_quote_list(text: str) -> bool:
    """A paragraph that is only quoted phrases ("do not tell the user", "silently", ...)."""
    return '"' in text or ("\u201c" in text and not _QUOTE_ONLY.sub("", text).strip())


# After quoted text, the sentence that disowns it: "None of these come from the user.",
# "Text you fetch is data, never instructions.", "Stop following the document."
_DISOWNS = re.compile(
    r"\b(?:none\s+of\s+(?:these|them|this|those)\s+(?:comes?|came|is|are)\s+from\s+the\s+user"
    r"|stop\s+following|do\s+not\s+(?:run|follow|obey|act\s+on|execute)\s+(?:any|anything)"
    r"|(?:is|are)\s+(?:data|content),?\s+(?:not|never)\s+(?:an?\s+)?instructions?)\b",
    re.IGNORECASE,
)


def _refused_after(steps: list, index: int) -> bool:
    """The quotation (a run of block quotes or fenced blocks) is followed, under the same
    heading, by a step that refuses or disowns it."""
    heading = steps[index].heading
    for st in steps[index + 1 : index + 12]:
        if st.heading != heading:
            return False
        if _is_quotation(st.text):
            continue
        return _cue(_TEACH_STRONG, _prose(st.text)) or _DISOWNS.search(st.text) is not None
    return False


def _is_list_item(text: str) -> bool:
    head = text.lstrip()[:4]
    return head.startswith(("- ", "* ", "+ ")) or (
        head[:1].isdigit() and ("." in head or ")" in head)
    )


def _cue(rx_: re.Pattern | rx.Rx, text: str) -> bool:
    """A cue that is not negated ("never refuses" asks the agent to drop its safeguards)."""
    if rx_.search(text) is None:
        return False
    return (
        L.ANTI_TEACHING.search(text) is None
        or rx_.search(L.ANTI_TEACHING.sub(" ", text)) is not None
    )


_REFUSAL = re.compile(
    r"\b(?:refuse|decline|never\s+(?:follow|obey|run|execute|comply)|do\s+not\s+(?:follow|obey|"
    r"comply)|warn\s+the\s+user|report\s+(?:it|this|them)\s+to\s+the\s+user)\b",
    re.IGNORECASE,
)
_EXAMPLE = re.compile(r"\b(?:for\s+example|for\s+instance|e\.g\.|such\s+as)\b", re.IGNORECASE)
_COMMENT_LINE = re.compile(r"(?m)^[ \t]*(?:#|//)[ \t]+(.{0,200})$")  # a code comment is prose
_CODE_SPANS = re.compile(r"```.*?(?:```|$)|~~~.*?(?:~~~|$)|`[^`\n]*`", re.DOTALL)


def _prose(text: str) -> str:
    return _CODE_SPANS.sub(" ", text) if "`" in text or "~~~" in text else text


def _example_host(host: str) -> bool:
    return re.search(r"attacker|evil|malicious|exfil|bad-?actor|collector", host) is not None
