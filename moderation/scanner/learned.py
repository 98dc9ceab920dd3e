"""A learned second opinion: a model that can raise a `pass` to `review`, and a second one that
can raise the rules' `review` to `fail` (and, when the demotion is on, lower a `fail` without a
critical finding to `review`); never `pass` to `fail`, never anything to `pass`.

The rule stages decide `fail`; they miss attacks written in words nobody wrote a rule for. This
step scores a skill that the rules would pass with a logistic-regression model trained on the
labelled attacks and look-alikes of the spent sets and on the real corpus and the demo's honest
skills as background (`scripts/scanner_train.py`); over the model's threshold it adds one
`learned.second-opinion` finding (medium, family `learned`, outside the intent families: review
at most).

A skill the rules send to review is scored by the *fail model* (`FailModel`, in the same model
file): trained on the labelled rows and corpus skills the rules flag, with the medium and high
findings among its features (`review_features`), and a threshold calibrated by leave-one-set-out
so that almost no held-out look-alike or real skill is failed. Over it, one
`learned.second-opinion-fail` finding (high; verdict.py fails on it) names the score, the
threshold, the rule findings and roles of this skill that weigh most (`strongest_signals`) and the
line whose words do (`explain`): the model keeps no text, so these are recomputed from the skill
at scan time. Skipped when part of the skill was not scanned (`scan.*`).

A skill the rules FAIL with no critical finding (`demotable`) can be demoted (`demote_opinion`):
scored by the fail model, UNDER a second, low threshold (the `demote` section of the model file,
written only when scanner_train's DEMOTE_ENABLED is on: off since session 15) it gets one medium
`learned.second-opinion-demote` finding and verdict.py gives `review`, never `pass`.

Features (the same function at training and at run time):

- the tokens of each text file (lowercased; see TOKEN_BYTES) and the pairs of consecutive
  tokens, as *presence* in the skill, hashed into 2**bits buckets (CRC-32),
  L2-normalised: no text is stored in the model, only bucket weights;
- what the rule stages already computed: the id and severity of every low or info finding, and
  the roles of each unit of the role analysis (`source`, `sink`, `conceal`, ...), single and
  in pairs within one unit, separately for units that teach about an attack. These are cheap,
  strong signals the rules saw but judged too weak alone.

Character n-grams were left out: in pure Python they cost a hash per character, and the
obfuscations they would see (escapes, encoded payloads) are decoded and checked by decoding.py,
whose low findings are features here. Pairs of characters of CJK text (whose sentences are one
token here) were tried in session 16 and changed no held-out figure: the ASCII parts (paths,
commands, tool names) carry the signal in every language (docs/SECURITY_SCANNER.md).

Bounded work: at most MAX_TEXT_FILES files and MAX_FILE_CHARS characters of each,
MAX_SKILL_CHARS in all; the model is loaded once (a JSON file of non-zero bucket weights).
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise, repeat
from operator import mul
from pathlib import Path

from .findings import Finding, Severity
from .reading import SkillFile

RULE_ID = "learned.second-opinion"
FAIL_RULE_ID = "learned.second-opinion-fail"
DEMOTE_RULE_ID = "learned.second-opinion-demote"
MODEL_PATH = Path(__file__).with_name("learned_model.json")

MAX_TEXT_FILES = 24
MAX_FILE_CHARS = 10_000
MAX_SKILL_CHARS = 30_000
# Text features are divided by the square root of the number of buckets, but never by less than
# this: without a floor, words every skill has ("name", "description") weighed more in a short
# skill than in a long one, and the model learned "short" as a sign of attack (the labelled
# samples are short, real skills long).
NORM_FLOOR = 500

# A token is a run of ASCII letters, digits and `_`, non-ASCII bytes (letters of other scripts,
# in UTF-8) and the shell's `|`, `>`, `$`, `~` and `\\`; every other byte separates tokens.
# bytes.translate and split do the cutting in C (a regular expression cost twice as much).
TOKEN_BYTES = b"abcdefghijklmnopqrstuvwxyz0123456789_|>$~\\"
_TABLE = bytes(
    c if c in TOKEN_BYTES or c >= 0x80 else 0x20 for c in range(256)
)  # fmt: skip


def tokens(data: bytes) -> list[bytes]:
    return data.translate(_TABLE).split()


def text_hashes(data: bytes) -> set[int]:
    """The CRC-32s (before the bucket mask) of the tokens of one lowercased text and of its pairs
    of consecutive tokens (`b"word next"`). Every loop is a C one (map, zip, set)."""
    toks = tokens(data)
    out = set(map(zlib.crc32, set(toks)))
    out.update(map(zlib.crc32, set(map(b" ".join, pairwise(toks)))))
    return out


def text_files(files: Sequence[SkillFile]) -> list[tuple[SkillFile, bytes]]:
    """The capped, lowercased UTF-8 text of the files the model reads, SKILL.md first."""
    chosen = sorted(
        (f for f in files if not f.binary and f.text),
        key=lambda f: (f.kind != "skill_md", f.path),
    )[:MAX_TEXT_FILES]
    out: list[tuple[SkillFile, bytes]] = []
    left = MAX_SKILL_CHARS
    for f in chosen:
        if left <= 0:
            break
        part = f.lower[: min(MAX_FILE_CHARS, left)]
        left -= len(part)
        out.append((f, part.encode("utf-8", errors="replace")))
    return out


def engine_features(
    findings: Iterable[Finding], units: Iterable[tuple[tuple[str, ...], bool]]
) -> set[str]:
    """Names of the rule-engine features: low/info findings and role hits per unit."""
    names: set[str] = set()
    for f in findings:
        if f.severity in (Severity.LOW.value, Severity.INFO.value) and f.rule_id != RULE_ID:
            names.add(f"finding:{f.rule_id}")
            names.add(f"finding:{f.rule_id}:{f.severity}")
    for roles, teaching in units:
        prefix = "teach" if teaching else "role"
        for i, r in enumerate(roles):
            names.add(f"{prefix}:{r}")
            for other in roles[i + 1 :]:
                names.add(f"{prefix}:{r}+{other}")
    return names


def review_features(findings: Iterable[Finding]) -> set[str]:
    """Names of the medium and high findings: what a skill the rules sent to review has and a
    passing one has not (the fail model's extra features; `engine_features` never has them)."""
    names: set[str] = set()
    for f in findings:
        if f.severity in (Severity.MEDIUM.value, Severity.HIGH.value) and not f.rule_id.startswith(
            "learned."
        ):
            names.add(f"finding:{f.rule_id}")
            names.add(f"finding:{f.rule_id}:{f.severity}")
    return names


def skill_hashes(files: Sequence[SkillFile]) -> set[int]:
    """The text hashes of a skill: words and pairs of every file the model reads."""
    hashes: set[int] = set()
    for _f, data in text_files(files):
        hashes |= text_hashes(data)
    return hashes


def assemble(hashes: Iterable[int], names: Iterable[str], bits: int) -> dict[int, float]:
    """{bucket: value}: text words and pairs (L2-normalised presence) plus engine features (1)."""
    mask = (1 << bits) - 1
    text_buckets = set(map(mask.__and__, hashes))
    out: dict[int, float] = {}
    if text_buckets:
        out = dict.fromkeys(text_buckets, 1.0 / math.sqrt(max(len(text_buckets), NORM_FLOOR)))
    for name in sorted(names):
        b = zlib.crc32(name.encode()) & mask
        out[b] = out.get(b, 0.0) + 1.0
    return out


def features(
    files: Sequence[SkillFile],
    findings: Iterable[Finding],
    units: Iterable[tuple[tuple[str, ...], bool]],
    bits: int,
) -> dict[int, float]:
    """The model's input for one skill (the same function at training and at run time)."""
    return assemble(skill_hashes(files), engine_features(findings, units), bits)


def _logistic(weights: dict[int, float], intercept: float, feats: dict[int, float]) -> float:
    w = map(weights.get, feats.keys(), repeat(0.0))
    z = intercept + sum(map(mul, w, feats.values()))
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


@dataclass(frozen=True)
class FailModel:
    """The second model: scores a skill the rules sent to review, with the medium and high
    findings among its features (`review_features`); over its threshold the skill fails."""

    weights: dict[int, float]
    intercept: float
    threshold: float

    def score(self, feats: dict[int, float]) -> float:
        return _logistic(self.weights, self.intercept, feats)


@dataclass(frozen=True)
class Model:
    bits: int
    weights: dict[int, float]
    intercept: float
    threshold: float
    digest: str
    fail: FailModel | None = None
    # the demotion: scores a skill the rules fail (the fail model's weights and a second, low
    # threshold); UNDER it, fail -> review
    demote: FailModel | None = None

    def score(self, feats: dict[int, float]) -> float:
        return _logistic(self.weights, self.intercept, feats)


def _demote(section: dict | None, fail: FailModel | None) -> FailModel | None:
    """The demotion: the fail model's weights with the second threshold (`"model": "fail"`), or
    weights of its own."""
    if not section:
        return None
    if section.get("model") == "fail":
        if fail is None:
            return None
        return FailModel(fail.weights, fail.intercept, float(section["threshold"]))
    return FailModel(
        weights={int(k): float(v) for k, v in section["weights"].items()},
        intercept=float(section["intercept"]),
        threshold=float(section["threshold"]),
    )


def model_from_json(raw: bytes) -> Model:
    data = json.loads(raw)
    section = data.get("fail")
    fail = (
        FailModel(
            weights={int(k): float(v) for k, v in section["weights"].items()},
            intercept=float(section["intercept"]),
            threshold=float(section["threshold"]),
        )
        if section
        else None
    )
    return Model(
        bits=int(data["bits"]),
        weights={int(k): float(v) for k, v in data["weights"].items()},
        intercept=float(data["intercept"]),
        threshold=float(data["threshold"]),
        digest=hashlib.sha256(raw).hexdigest(),
        fail=fail,
        demote=_demote(data.get("demote"), fail),
    )


@cache
def load_model(path: Path = MODEL_PATH) -> Model | None:
    """The committed model, or None when the file is missing (the step is then skipped)."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    return model_from_json(raw)


def model_digest(path: Path = MODEL_PATH) -> str:
    """SHA-256 of the model file (part of RULES_HASH), "none" when there is none."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "none"


_WORD = re.compile(rb"[a-z0-9_\x80-\xff]{2,}")
_KEY = re.compile(rb"[a-z0-9_-]+:")


def explain(
    model: Model, files: Sequence[SkillFile], weights: dict[int, float] | None = None
) -> tuple[str, int | None, str]:
    """The file and line whose words and pairs weigh most toward an attack, and those words
    (by the review model's weights, or by `weights`, the fail model's)."""
    mask = (1 << model.bits) - 1
    w = model.weights if weights is None else weights
    best: tuple[float, str, int | None, str] = (0.0, "", None, "")
    for f, data in text_files(files):
        header = f.kind == "skill_md" and data.startswith(b"---")
        for number, line in enumerate(data.split(b"\n"), start=1):
            if header and number > 1 and line.rstrip() == b"---":
                header = False
            toks = tokens(line)
            if header and _KEY.match(line):
                toks = toks[1:]  # a frontmatter key ("name:") is in every skill: not a reason
            contrib: dict[bytes, float] = {}
            seen: set[int] = set()
            previous: bytes | None = None
            for token in toks:
                items: list[tuple[tuple[bytes, ...], int]] = [((token,), zlib.crc32(token) & mask)]
                if previous is not None:
                    items.append(((previous, token), zlib.crc32(previous + b" " + token) & mask))
                previous = token
                for words, bucket in items:
                    weight = w.get(bucket, 0.0) if bucket not in seen else 0.0
                    seen.add(bucket)
                    if weight <= 0:
                        continue
                    for word in words:
                        if _WORD.fullmatch(word):
                            contrib[word] = contrib.get(word, 0.0) + weight
            total = sum(contrib.values())
            if total > best[0]:
                top = sorted(contrib, key=lambda k: (-contrib[k], k))[:5]
                text = " ".join(t.decode("utf-8", errors="replace") for t in top)
                best = (total, f.path, number, text)
    if not best[1]:
        return (files[0].path if files else "SKILL.md"), None, ""
    return best[1], best[2], best[3]


def second_opinion(
    files: Sequence[SkillFile],
    findings: Sequence[Finding],
    units: Iterable[tuple[tuple[str, ...], bool]],
) -> tuple[str, int | None, str, str] | None:
    """(file, line, words, reason) for one `learned.second-opinion` finding when the model scores
    the skill over its threshold; None otherwise or when there is no model."""
    model = load_model()
    if model is None:
        return None
    p = model.score(features(files, findings, units, model.bits))
    if p <= model.threshold:
        return None
    path, line, words = explain(model, files)
    reason = (
        f"a learned model trained on labelled attacks scores this skill {p:.2f}; "
        "a person should look"
    )
    return path, line, words, reason


def _signal_words(name: str) -> str:
    """A feature name in words a moderator can check against the report."""
    kind, _, rest = name.partition(":")
    if kind == "finding":
        rule, _, severity = rest.partition(":")
        return f"the finding {rule}" + (f" ({severity})" if severity else "")
    roles = rest.replace("+", " and ")
    return f"a step that teaches about {roles}" if kind == "teach" else f"a step with {roles}"


def _rank(name: str) -> int:
    """The rank of the severity that ends a `finding:<rule>:<severity>` name."""
    try:
        return Severity(name.rsplit(":", 1)[1]).rank
    except ValueError:
        return -1


def strongest_signals(
    weights: dict[int, float], names: Iterable[str], bits: int, top: int = 3, sign: float = 1.0
) -> list[str]:
    """The rule-engine features of THIS skill that weigh most toward an attack (recomputed at
    scan time: the model keeps only bucket weights), a finding's two names counted as one;
    with sign -1, those that weigh most toward an honest skill."""
    mask = (1 << bits) - 1
    # `names` is a set, whose order follows the hash seed: sorted, so neither the sums nor the
    # severity named depend on it; a rule found at two severities is named at the higher
    names = sorted(names)
    contrib: dict[str, float] = {}
    severities: dict[str, str] = {}
    for name in names:
        weight = sign * weights.get(zlib.crc32(name.encode()) & mask, 0.0)
        kind, _, rest = name.partition(":")
        key = f"finding:{rest.split(':')[0]}" if kind == "finding" else name
        contrib[key] = contrib.get(key, 0.0) + weight
        if kind == "finding" and rest.count(":") == 1:
            held = severities.get(key)
            if held is None or _rank(name) > _rank(held):
                severities[key] = name
    ranked = sorted((k for k, v in contrib.items() if v > 0), key=lambda k: (-contrib[k], k))
    return [_signal_words(severities.get(k, k)) for k in ranked[:top]]


def fail_opinion(
    files: Sequence[SkillFile],
    findings: Sequence[Finding],
    units: Iterable[tuple[tuple[str, ...], bool]],
) -> tuple[str, int | None, str, str] | None:
    """(file, line, words, reason) for one `learned.second-opinion-fail` finding when the fail
    model scores a skill the rules sent to review over its threshold; None otherwise, when there
    is no fail model, and when part of the skill was not scanned (`scan.*`: the model would
    judge what it did not see)."""
    model = load_model()
    if model is None or model.fail is None:
        return None
    if any(f.rule_id.startswith("scan.") for f in findings):
        return None
    names = engine_features(findings, units) | review_features(findings)
    p = model.fail.score(assemble(skill_hashes(files), names, model.bits))
    if p <= model.fail.threshold:
        return None
    path, line, words = explain(model, files, model.fail.weights)
    signals = strongest_signals(model.fail.weights, names, model.bits)
    reason = (
        "a learned model trained on the labelled attacks and look-alikes the rules flag scores "
        f"this skill {p:.3f}, over its fail threshold {model.fail.threshold:.3f}; strongest "
        f"signals: {'; '.join(signals) or 'none alone (the sum of many small ones)'}"
        + (f"; words that weigh most: {words}" if words else "")
    )
    return path, line, words, reason


# Findings a demotion never touches: the verdict policy fails any critical finding whatever else
# the skill does (a live credential of a provider the skill uses, a step or program that reads a
# secret and sends it, decoded data run, a stranger's key installed, ...), and the learned fail
# model's own (verdict.py: FAIL_AT_HIGH). A skill with one of them is not scored at all.
def demotable(findings: Iterable[Finding]) -> bool:
    """Whether a skill the rules fail may be scored by the demotion model: no critical finding,
    no learned fail finding, and every part of it scanned (`scan.*`)."""
    return not any(
        f.severity == Severity.CRITICAL.value
        or f.rule_id == FAIL_RULE_ID
        or f.rule_id.startswith("scan.")
        for f in findings
    )


def demote_opinion(
    files: Sequence[SkillFile],
    findings: Sequence[Finding],
    units: Iterable[tuple[tuple[str, ...], bool]],
) -> tuple[str, int | None, str, str] | None:
    """(file, line, words, reason) for one `learned.second-opinion-demote` finding when the
    demotion model scores a skill the rules FAIL under its threshold (it reads like the honest
    large skills the rules over-fire on, not like the attacks they fail); None otherwise, when
    there is no demotion model, and when the skill is not `demotable`. The finding is medium:
    verdict.py then gives `review`, never `pass`, and only when no critical finding is there."""
    model = load_model()
    if model is None or model.demote is None or not demotable(findings):
        return None
    names = engine_features(findings, units) | review_features(findings)
    p = model.demote.score(assemble(skill_hashes(files), names, model.bits))
    if p >= model.demote.threshold:
        return None
    honest = {k: -v for k, v in model.demote.weights.items() if v < 0}
    path, line, words = explain(model, files, honest)
    signals = strongest_signals(model.demote.weights, names, model.bits, sign=-1.0)
    reason = (
        "a learned model trained on the labelled attacks and look-alikes the rules flag scores "
        f"this skill {p:.3f} as an attack, under its demotion threshold "
        f"{model.demote.threshold:.3f}: review instead of fail, every finding stays for a "
        "moderator; signals that weigh most toward an honest skill: "
        f"{'; '.join(signals) or 'none alone (the sum of many small ones)'}"
        + (f"; words that weigh most toward an honest skill: {words}" if words else "")
    )
    return path, line, words, reason
