"""Train the scanner's learned second opinion (moderation/scanner/learned.py) and measure it.

    pip install -e ".[train]"                                  # scikit-learn, for training only
    .venv/bin/python scripts/scanner_train.py                  # cross-validate, train, write
    .venv/bin/python scripts/scanner_train.py --no-write       # figures only
    .venv/bin/python scripts/scanner_train.py --cache /tmp/f.pkl   # reuse the scans

Data: the malicious samples of the ten *spent* sets of tests/moderation/scanner_corpus/ (tune,
holdout, holdout2 to holdout9) are the positives; their benign look-alikes, every skill of the
shared corpus of real skills (../shared/corpus; skipped when absent) and the demo's honest
skills (marketplace/demo and the demo queue's clean ones: DEMO_ANCHORS) are the negatives. Only
the sets named in SPENT are ever read; the others' rows of labels.json (holdout10, the blind set
of session 16, run once at its end, and any later closed set) are skipped before any folder is opened, and so are the
rows of a round's validation half (scanner_eval's CLOSED_SUBSETS: holdout9's odd half, 9b, in
session 16). The 92 regression samples of tests/moderation/scanner_samples/ are never trained on:
they are the last check.

Features are learned.features (the function the engine runs), so the model sees at training
what it sees at run time: hashed words and word pairs (no text is kept: the committed model is
a table of bucket weights) and the rule engine's low/info findings and role hits. The rule
stages run once per skill (`engine.analyse`); the model never sees a medium or worse finding,
because at run time it only looks at skills the rules would pass.

The honest measure, before the threshold is chosen: leave-one-set-out over the spent sets, each
paired with one fold of the corpus grouped by repository (GroupKFold) and some demo
repositories: the model of fold k is trained on the other folds, and its threshold is chosen
from those training folds only (their own inner leave-one-set-out scores) so that at most
TARGET_CORPUS_REVIEW of the training corpus would be raised to review and no training demo skill
would be (DEMO_CLEAR). It is then applied to the held-out set and the held-out repositories. The
committed model is trained on everything, with the threshold chosen the same way from the outer
folds' held-out scores. Deterministic: two runs write the same file.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import math
import pickle
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "scripts"))

from scanner_eval import (  # noqa: E402
    CLOSED_SUBSETS,
    CORPUS_HALVES,
    _default_corpus,
    iter_corpus_skills,
    load_samples,
    parity,
)

from moderation.scanner import engine, learned  # noqa: E402
from moderation.scanner.verdict import verdict_for  # noqa: E402

# The sets that may be read and trained on. Anything else in labels.json (holdout10, the blind set
# of session 16, run once at its end, and any later one) is skipped before its folder is opened. Within
# a spent set, the samples of a round's validation half (CLOSED_SUBSETS of scanner_eval.py:
# holdout9's odd half, 9b, in session 16) are skipped the same way, by the name's parity, until
# the lead empties CLOSED_SUBSETS at the end of the round: the final retrain then has all of it.
# holdout8 (the compromised-popular-skill brief) was added in session 15 after checking that its
# look-alikes teach no boilerplate "honest" signal that lowers other sets' attacks
# (docs/SECURITY_SCANNER.md, "The learned step, session 15"); holdout9 (the skill that works
# through the agent, a third of it in other languages) in session 16 after the same check
# ("The learned step, session 16").
SPENT = (
    "tune", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7",
    "holdout8", "holdout9",
)  # fmt: skip
# The project's own honest demo skills (`load_demo`) are benign anchors: short, plain skills like
# the ones the labelled attacks resemble, and written by other people than the labelled sets.
# Trained with holdout6 but without them, the model raised the demo's docx-writer to review
# (session 12). They are split by repository across the leave-one-set-out folds like the corpus,
# so every figure about them comes from a model that never saw them. demo_queue's setup-helper is
# an attack on purpose: not an anchor.
DEMO_ROOT = REPO_ROOT / "marketplace"
DEMO_ANCHORS = (
    "demo",
    "demo_queue/lumen",
    "demo_queue/northwind/community-skills/skills/csv-cleaner",
)
DEMO_WEIGHT = 1.0  # each demo skill counts as this many corpus skills
# Spent sets the REVIEW model (pass -> review) is not trained on; the fail model and the
# demotion are. holdout8's attacks are large honest skills with one small change (the
# compromised-popular-skill brief): trained on them, the review model raised nothing more on 8a
# held out and raised the demo's docx-writer, an honest document skill (session 15,
# docs/SECURITY_SCANNER.md). Its rows are still scored in the leave-one-set-out.
REVIEW_SKIP = ("holdout8",)
# The threshold is also at least the highest cross-validated score of a demo skill (from models
# that never saw its repository), so a demo skill like the ones held out would stay `pass`.
DEMO_CLEAR = True
BITS = 18
C = 2.0  # 4, 8 and 16 raise more honest skills written by others (docs/SECURITY_SCANNER.md)
L1_RATIO = 1.0  # L1: a sparse model (a few hundred weights), as accurate here as L2
TARGET_CORPUS_REVIEW = 0.0035  # at most this share of the corpus raised to review
WEIGHT_DIGITS = 4
PART_CHARS = 1500
USE_PARTS = True  # train on the excerpts too (they are never counted as corpus skills)
SEED = 0
# The fail model (learned.fail_opinion): scores the skills the rules send to review and fails
# those over its threshold. Trained on the rows the rules flag (review or fail: the fail rows
# are attacks and look-alikes the rules already saw, at the same level of wording), with the
# medium and high findings among its features. Its threshold is the lowest under which, on the
# training folds' own held-out scores, at most FAIL_LOOK_TARGET of the look-alikes and
# FAIL_CORPUS_TARGET of the corpus skills would be failed by it, and no demo skill, and at
# least FAIL_FLOOR.
FAIL_C = 2.0
FAIL_ROWS = ("review", "fail")
FAIL_CORPUS_WEIGHT = 5.0  # 1: 13 attacks gained instead of 15, the same false fails
FAIL_LOOK_TARGET = 0.005  # half the 1 % the held-out look-alikes may lose
FAIL_CORPUS_TARGET = 0.0  # the corpus may lose 0.1 %: calibrated to none
FAIL_FLOOR = 0.5
# The demotion (learned.demote_opinion): the fail model's score of a skill the rules FAIL with
# no critical finding (`demote_row`); UNDER a second, low threshold the skill goes to review
# (never to pass). One model, two thresholds: a dedicated model trained on the fail rows alone
# (20 demotable look-alikes against 1,389 attacks) demoted half as many held-out look-alikes for
# the same cost (docs/SECURITY_SCANNER.md, session 15). The threshold is the highest under which,
# on the training folds' own held-out scores, at most DEMOTE_ATTACK_TARGET of all the attacks
# the rules fail (critical ones included: those are never demoted) would be demoted, and at most
# DEMOTE_CEIL.
DEMOTE_ATTACK_TARGET = 0.02
DEMOTE_CEIL = 0.9
# Off in the committed model (no `demote` section; the engine then never demotes): on the 2.8.0
# rules the leave-one-set-out demoted 29 of the 1,392 attacks the rules fail for 3 of their 18
# look-alike false fails (17 for 3 at a 1 % budget); with holdout9's open half (session 16, ten
# folds) 33 of 1,605 for 10 of 39, and at best 9 for 6 with a gate on a single high finding (12 of
# the 39 carry a critical finding and are never scored). `make scanner-train` still measures it
# and prints the figures at every retrain; True writes the section.
DEMOTE_ENABLED = False


def demote_row(r: Row) -> bool:
    """A row the demotion model is trained on and would score: the rules fail it, no critical
    finding (learned.demotable), a whole skill (not an excerpt)."""
    return r.verdict == "fail" and not r.critical and not r.part


@dataclass
class Row:
    key: str  # "<set>/<name>" or "corpus/<repo>/<path>"
    group: str  # the set, or "corpus"
    repo: str  # the corpus repository ("" for labelled samples)
    label: int  # 1 malicious, 0 benign
    family: str
    expected: str
    verdict: str  # the rule engine's verdict, without the model
    hashes: frozenset[int]
    names: frozenset[str]
    part: bool = False  # a short excerpt of a corpus skill (PARTS), not a skill of its own
    # the medium and high findings (learned.review_features): what the fail model adds
    review_names: frozenset[str] = frozenset()
    # the rule ids of the critical findings (a demotion never touches a skill that has one)
    critical: frozenset[str] = frozenset()


def spent_rows(root: Path = CORPUS_HALVES) -> list[dict]:
    manifest = root / "labels.json"
    if not manifest.is_file():
        return []
    rows = json.loads(manifest.read_text())["samples"]
    base = root.resolve()
    out = []
    for row in rows:
        if row.get("half") not in SPENT:
            continue  # a closed blind set: never opened
        if closed_subset(row):
            continue  # a round's validation half: never opened either
        folder = (root / str(row["path"])).resolve()
        assert base in folder.parents and folder.parts[len(base.parts)] in SPENT
        out.append(row)
    return out


def closed_subset(row: dict) -> bool:
    """Whether a labels.json row is in a round's validation half (CLOSED_SUBSETS), by the same
    parity of the same name as `scanner_eval.py --subset` uses."""
    name = str(row.get("name") or row.get("path") or "")
    return (str(row.get("half", "")), parity(name)) in CLOSED_SUBSETS


def row_for(key, group, repo, label, family, expected, files, part=False) -> Row:
    parsed, out, _budget = engine.analyse(files)
    findings = engine._sorted(out)
    verdict, _score = verdict_for(findings)
    return Row(
        key, group, repo, label, family, expected, verdict,
        frozenset(learned.skill_hashes(parsed)),
        frozenset(learned.engine_features(findings, out.state.get("role_units", ()))), part,
        frozenset(learned.review_features(findings)),
        frozenset(f.rule_id for f in findings if f.severity == "critical"),
    )  # fmt: skip


def excerpt_of(files: list[tuple[str, bytes]]) -> list[tuple[str, bytes]] | None:
    """A short real skill: the frontmatter and first paragraphs of a corpus SKILL.md, cut at a
    paragraph end near PART_CHARS (the labelled samples are short; without these, a short
    honest skill looks more like them than like the long real ones)."""
    skill_md = next((data for name, data in files if name == "SKILL.md"), None)
    if skill_md is None or len(skill_md) < 2 * PART_CHARS:
        return None
    cut = skill_md.find(b"\n\n", PART_CHARS)
    return [("SKILL.md", skill_md[: cut if cut > 0 else PART_CHARS])]


def _files(folder: Path) -> list[tuple[str, bytes]]:
    return [
        (p.relative_to(folder).as_posix(), p.read_bytes())
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    ]


def demo_rows(root: Path = DEMO_ROOT) -> list[Row]:
    """The demo's honest skills (DEMO_ANCHORS), one row per SKILL.md folder; `repo` is the
    demo repository (owner/name), which keeps versions of one skill in one fold."""
    rows = []
    for anchor in DEMO_ANCHORS:
        for skill_md in sorted((root / anchor).rglob("SKILL.md")):
            folder = skill_md.parent
            rel = folder.relative_to(root)
            repo = "/".join(rel.parts[:3])  # demo/<owner>/<repo> or demo_queue/<owner>/<repo>
            rows.append(row_for(f"demo/{rel.as_posix()}", "demo", repo, 0, "demo", "pass",
                                _files(folder)))  # fmt: skip
    return rows


def collect(corpus: Path | None, *, root: Path = CORPUS_HALVES) -> list[Row]:
    rows = []
    for r in spent_rows(root):
        label = 1 if str(r["label"]).startswith("mal") else 0
        key, expected = f"{r['half']}/{r['name']}", str(r.get("expected", ""))
        files = _files(root / r["path"])
        rows.append(row_for(key, r["half"], "", label, r["family"], expected, files))
    if corpus is not None and (corpus / "repos").is_dir():
        for repo, path, files in iter_corpus_skills(corpus):
            rows.append(row_for(f"corpus/{repo}/{path}", "corpus", repo, 0, "corpus", "", files))
            part = excerpt_of(files)
            if part is not None:
                rows.append(row_for(f"corpus-part/{repo}/{path}", "corpus", repo, 0, "corpus",
                                    "", part, part=True))  # fmt: skip
    if DEMO_WEIGHT > 0:
        rows.extend(demo_rows())
    return rows


# -- training -------------------------------------------------------------------------------------


def features_of(r: Row, bits: int, fail: bool = False) -> dict[int, float]:
    """learned.features of a scanned row; with the medium and high findings for the fail model."""
    return learned.assemble(r.hashes, (r.names | r.review_names) if fail else r.names, bits)


def matrix(rows: list[Row], bits: int, fail: bool = False):
    from scipy.sparse import csr_matrix

    data, indices, indptr = [], [], [0]
    for r in rows:
        feats = features_of(r, bits, fail)
        for b in sorted(feats):
            indices.append(b)
            data.append(feats[b])
        indptr.append(len(indices))
    return csr_matrix((data, indices, indptr), shape=(len(rows), 1 << bits))


def sample_weight(r: Row, fail: bool = False) -> float:
    if fail:
        return FAIL_CORPUS_WEIGHT if r.group == "corpus" else 1.0
    if r.group in REVIEW_SKIP:
        return 0.0  # not in the review model's training (its rows are still measured)
    return DEMO_WEIGHT if r.group == "demo" else 1.0


def fit(
    rows: list[Row], bits: int = BITS, c: float = C, fail: bool = False
) -> tuple[dict[int, float], float]:
    """Logistic regression (liblinear, balanced classes): rounded non-zero weights. The fail
    model is fitted on the rows the rules flag (FAIL_ROWS), excerpts excluded."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    if fail:
        rows = [r for r in rows if r.verdict in FAIL_ROWS and not r.part]
    rows = [r for r in rows if (USE_PARTS or not r.part) and sample_weight(r, fail) > 0]
    if len({r.label for r in rows}) < 2:
        return {}, 0.0  # one class only (a tiny or partial sample): a model that scores 0.5
    x = matrix(rows, bits, fail)
    y = np.array([r.label for r in rows])
    w = np.array([sample_weight(r, fail) for r in rows])
    clf = LogisticRegression(
        solver="liblinear",
        C=c,
        l1_ratio=L1_RATIO,
        class_weight="balanced",
        random_state=SEED,
        max_iter=1000,
    )
    clf.fit(x, y, sample_weight=w)
    coef = clf.coef_[0]
    weights = {
        int(i): round(float(coef[i]), WEIGHT_DIGITS)
        for i in np.flatnonzero(np.abs(coef) >= 0.5 * 10**-WEIGHT_DIGITS)
    }
    return weights, round(float(clf.intercept_[0]), WEIGHT_DIGITS)


def scores(
    rows: list[Row], weights: dict[int, float], intercept: float, bits: int, fail: bool = False
) -> list[float]:
    model = learned.Model(bits, weights, intercept, 1.0, "")
    return [model.score(features_of(r, bits, fail)) for r in rows]


def threshold(corpus_scores: list[float], corpus_verdicts: list[str], target: float) -> float:
    """The lowest threshold that raises at most `target` of these corpus skills to review."""
    raised = sorted((s for s, v in zip(corpus_scores, corpus_verdicts, strict=True) if v == "pass"),
                    reverse=True)  # fmt: skip
    allowed = math.floor(target * len(corpus_scores))
    if not raised:
        return 0.5
    if allowed >= len(raised):
        return max(0.0, raised[-1] - 1e-6)
    return raised[allowed]


def folds(rows: list[Row], sets: tuple[str, ...]) -> list[list[int]]:
    """Fold k: the rows of sets[k], the k-th group of corpus repositories (GroupKFold) and
    some of the demo repositories."""
    by_set = [[i for i, r in enumerate(rows) if r.group == s] for s in sets]
    corpus = [i for i, r in enumerate(rows) if r.group == "corpus"]
    if corpus:
        from sklearn.model_selection import GroupKFold

        gkf = GroupKFold(n_splits=min(len(sets), len({rows[i].repo for i in corpus})))
        groups = [rows[i].repo for i in corpus]
        for k, (_train, test) in enumerate(gkf.split(corpus, groups=groups)):
            by_set[k].extend(corpus[j] for j in test)
    demo_repos = sorted({r.repo for r in rows if r.group == "demo"})
    for i, r in enumerate(rows):
        if r.group == "demo":  # a few repositories: one per fold, in turn
            by_set[demo_repos.index(r.repo) % len(sets)].append(i)
    return by_set


class Folds:
    """The leave-one-set-out partition (`folds`), made once, and the models trained without
    some of its folds. Fold k's threshold comes from its training folds' own held-out scores:
    the model without folds {j, k} scores fold j, and that model also serves fold j's round
    (it is cached), so eight sets take 8 * 7 / 2 + 8 + 1 = 37 fits, not 73."""

    def __init__(
        self, rows: list[Row], sets: tuple[str, ...], bits: int, c: float, fail: bool = False
    ):
        self.rows, self.sets, self.bits, self.c, self.fail = rows, sets, bits, c, fail
        self.members = folds(rows, sets)
        self._models: dict[frozenset[int], tuple[dict[int, float], float]] = {}

    def model_without(self, excluded: frozenset[int]) -> tuple[dict[int, float], float]:
        if excluded not in self._models:
            drop = set().union(*(self.members[k] for k in excluded))
            train = [r for i, r in enumerate(self.rows) if i not in drop]
            self._models[excluded] = fit(train, self.bits, self.c, self.fail)
        return self._models[excluded]

    def held_out_scores(self, outer: int | None = None, demote: bool = False) -> dict[int, float]:
        """Each row's score from a model that never saw its fold (nor fold `outer`), for
        every row outside fold `outer` (for the fail model: every one the rules send to
        review, the only ones it ever scores; with demote, every one the demotion scores)."""
        out: dict[int, float] = {}
        for j, members in enumerate(self.members):
            if j == outer:
                continue
            if demote:
                members = [i for i in members if demote_row(self.rows[i])]
            elif self.fail:
                members = [i for i in members if self.rows[i].verdict == "review"]
            weights, intercept = self.model_without(frozenset({j} if outer is None else {j, outer}))
            sc = scores([self.rows[i] for i in members], weights, intercept, self.bits, self.fail)
            out.update(zip(members, sc, strict=True))
        return out

    def demote_threshold(self, outer: int | None = None) -> float:
        """The fail model's second threshold (the demotion's), from the same held-out scores."""
        oof = self.held_out_scores(outer, demote=True)
        index = [i for k, m in enumerate(self.members) if k != outer for i in m]
        return choose_demote_threshold([self.rows[i] for i in index], [oof.get(i) for i in index])

    def threshold(self, outer: int | None = None) -> float:
        oof = self.held_out_scores(outer)
        if self.fail:
            index = [i for k, m in enumerate(self.members) if k != outer for i in m]
            return choose_fail_threshold([self.rows[i] for i in index], [oof.get(i) for i in index])
        index = sorted(oof)
        return choose_threshold([self.rows[i] for i in index], [oof[i] for i in index])


def choose_fail_threshold(rows: list[Row], held_out: list[float | None]) -> float:
    """From held-out scores of the rows at review (None for the others): the lowest threshold
    that fails at most FAIL_LOOK_TARGET of all the look-alikes and FAIL_CORPUS_TARGET of all the
    corpus skills of these folds, no demo skill, and at least FAIL_FLOOR."""

    def bound(group: list[int], target: float) -> float:
        at_review = sorted((held_out[i] or 0.0 for i in group if held_out[i] is not None),
                           reverse=True)  # fmt: skip
        allowed = math.floor(target * len(group))
        return at_review[allowed] if allowed < len(at_review) else 0.0

    look = [i for i, r in enumerate(rows) if r.group in SPENT and r.label == 0]
    corpus = [i for i, r in enumerate(rows) if r.group == "corpus" and not r.part]
    demo = [i for i, r in enumerate(rows) if r.group == "demo"]
    return max(
        FAIL_FLOOR,
        bound(look, FAIL_LOOK_TARGET),
        bound(corpus, FAIL_CORPUS_TARGET),
        bound(demo, 0.0),
    )


def choose_demote_threshold(rows: list[Row], held_out: list[float | None]) -> float:
    """From held-out scores of the demotable rows (None for the others): the highest threshold
    under which at most DEMOTE_ATTACK_TARGET of all the attacks these folds' rules fail would
    be demoted, and at most DEMOTE_CEIL."""
    failed = [i for i, r in enumerate(rows) if r.group in SPENT and r.label and r.verdict == "fail"]
    scored = sorted(held_out[i] or 0.0 for i in failed if held_out[i] is not None)
    allowed = math.floor(DEMOTE_ATTACK_TARGET * len(failed))
    return min(scored[allowed] if allowed < len(scored) else DEMOTE_CEIL, DEMOTE_CEIL)


def choose_threshold(rows: list[Row], held_out: list[float]) -> float:
    """From held-out scores: the lowest threshold that raises at most TARGET_CORPUS_REVIEW of the
    corpus skills (5 % of the look-alikes without a corpus), and at least every demo skill's."""
    corpus = [i for i, r in enumerate(rows) if r.group == "corpus" and not r.part]
    if corpus:
        t = threshold([held_out[i] for i in corpus], [rows[i].verdict for i in corpus],
                      TARGET_CORPUS_REVIEW)  # fmt: skip
    else:
        benign = [i for i, r in enumerate(rows) if r.label == 0 and r.group != "demo"]
        t = threshold([held_out[i] for i in benign], [rows[i].verdict for i in benign], 0.05)
    demo = [held_out[i] for i, r in enumerate(rows) if r.group == "demo" and r.verdict == "pass"]
    if DEMO_CLEAR and demo:
        t = max(t, max(demo))
    return t


# -- the honest measure -----------------------------------------------------------------------------


def measure(rows: list[Row], bits: int = BITS, c: float = C, cv: Folds | None = None) -> dict:
    """Leave-one-set-out (with corpus and demo repositories grouped), threshold from training
    folds only."""
    sets = tuple(s for s in SPENT if any(r.group == s for r in rows))
    cv = cv or Folds(rows, sets, bits, c)
    result: dict = {"sets": {}, "corpus": {}}
    corpus_added = corpus_n = parts_raised = parts_n = 0
    demo_raised: list[str] = []
    demo_n = 0
    for k, test in enumerate(cv.members):
        t = cv.threshold(k)
        weights, intercept = cv.model_without(frozenset({k}))
        test_rows = [rows[i] for i in test]
        sc = scores(test_rows, weights, intercept, bits)
        raised = [r.verdict == "pass" and s > t for r, s in zip(test_rows, sc, strict=True)]
        result["sets"][sets[k]] = set_figures(test_rows, raised) | {"threshold": round(t, 4)}
        cn = [(r, up) for r, up in zip(test_rows, raised, strict=True)
              if r.group == "corpus" and not r.part]  # fmt: skip
        parts = [up for r, up in zip(test_rows, raised, strict=True) if r.part]
        demo = [(r, up) for r, up in zip(test_rows, raised, strict=True) if r.group == "demo"]
        demo_n += len(demo)
        demo_raised += [r.key for r, up in demo if up]
        corpus_added += sum(up for _r, up in cn)
        corpus_n += len(cn)
        parts_raised += sum(parts)
        parts_n += len(parts)
        result["corpus"][sets[k]] = {
            "repos": sorted({r.repo for r, _ in cn}),
            "skills": len(cn),
            "added_review": sum(up for _r, up in cn),
            "review_rules": sum(r.verdict == "review" for r, _ in cn),
            "parts": len(parts),
            "parts_raised": sum(parts),
        }
    result["corpus_added_review"] = corpus_added
    result["corpus_skills"] = corpus_n
    result["parts_raised"] = parts_raised
    result["parts"] = parts_n
    result["demo_raised"] = demo_raised
    result["demo"] = demo_n
    return result


def set_figures(rows: list[Row], raised: list[bool]) -> dict:
    labelled = [(r, up) for r, up in zip(rows, raised, strict=True) if r.group in SPENT]
    mal = [(r, up) for r, up in labelled if r.label]
    ben = [(r, up) for r, up in labelled if not r.label]

    def rate(a: int, b: int) -> float:
        return round(100 * a / b, 1) if b else 0.0

    fam: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    for r, up in mal:
        fam[r.family][0] += 1
        fam[r.family][1] += r.verdict != "pass"
        fam[r.family][2] += r.verdict != "pass" or up
    return {
        "malicious": len(mal),
        "benign": len(ben),
        "flagged_rules": rate(sum(r.verdict != "pass" for r, _ in mal), len(mal)),
        "flagged_model": rate(sum(r.verdict != "pass" or up for r, up in mal), len(mal)),
        "fail": rate(sum(r.verdict == "fail" for r, _ in mal), len(mal)),
        "benign_review_rules": rate(sum(r.verdict == "review" for r, _ in ben), len(ben)),
        "benign_review_model": rate(sum(r.verdict == "review" or up for r, up in ben), len(ben)),
        "benign_raised": sum(up for _r, up in ben),
        "benign_raised_expected_pass": sum(up for r, up in ben if r.expected == "pass"),
        "benign_fail": rate(sum(r.verdict == "fail" for r, _ in ben), len(ben)),
        "families": {k: (v[0], rate(v[1], v[0]), rate(v[2], v[0])) for k, v in sorted(fam.items())},
    }


# -- the committed model --------------------------------------------------------------------------


def model_json(
    weights: dict[int, float],
    intercept: float,
    t: float,
    bits: int,
    info: dict,
    fail: dict | None,
    demote: dict | None = None,
) -> str:
    body: dict = {
        "format": 1,
        "bits": bits,
        "intercept": intercept,
        "threshold": round(t, 6),
        "features": {
            "text": "tokens and token pairs, presence, CRC-32 hashed, / sqrt(max(buckets, floor))",
            "engine": "low/info findings, role hits per unit",
            "max_text_files": learned.MAX_TEXT_FILES,
            "max_file_chars": learned.MAX_FILE_CHARS,
            "max_skill_chars": learned.MAX_SKILL_CHARS,
            "norm_floor": learned.NORM_FLOOR,
        },
        "trained": info,
        "weights": {str(k): weights[k] for k in sorted(weights)},
    }
    if fail is not None:
        body["fail"] = fail
    if demote is not None:
        body["demote"] = demote
    return json.dumps(body, sort_keys=True, separators=(",", ":")) + "\n"


def _held_out_scores(
    rows: list[Row], cv: Folds, threshold: Callable[[int], float]
) -> Iterator[tuple[int, float, list[Row], list[float]]]:
    """Per leave-one-set-out fold k: its threshold (`threshold(k)`, from the training folds
    only), its rows and their fail-model scores from the model trained without them."""
    for k, members in enumerate(cv.members):
        weights, intercept = cv.model_without(frozenset({k}))
        test = [rows[i] for i in members]
        yield k, threshold(k), test, scores(test, weights, intercept, cv.bits, fail=True)


def _by_label(test: list[Row], marks: list[bool]) -> tuple[list, list, list]:
    """A fold's (row, mark) pairs: the labelled attacks, the labelled look-alikes and the
    corpus skills (whole skills, not their short excerpts)."""
    pairs = list(zip(test, marks, strict=True))
    mal = [(r, m) for r, m in pairs if r.group in SPENT and r.label]
    ben = [(r, m) for r, m in pairs if r.group in SPENT and not r.label]
    corpus = [(r, m) for r, m in pairs if r.group == "corpus" and not r.part]
    return mal, ben, corpus


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f} %" if b else "-"


def measure_fail(rows: list[Row], cv: Folds) -> dict:
    """Leave-one-set-out for the fail model: per held-out set, the attacks it fails that the
    rules sent to review and the look-alikes it fails; per held-out corpus fold, the skills."""
    out: dict = {"sets": {}, "corpus_added": 0, "corpus": 0, "demo_added": 0}
    for k, t, test, sc in _held_out_scores(rows, cv, cv.threshold):
        up = [r.verdict == "review" and x > t for r, x in zip(test, sc, strict=True)]
        mal, ben, corpus = _by_label(test, up)
        out["sets"][cv.sets[k]] = {
            "threshold": round(t, 4),
            "malicious": len(mal),
            "at_review": sum(r.verdict == "review" for r, _ in mal),
            "fail_rules": sum(r.verdict == "fail" for r, _ in mal),
            "gained": sum(u for _, u in mal),
            "benign": len(ben),
            "benign_fail_rules": sum(r.verdict == "fail" for r, _ in ben),
            "benign_added": sum(u for _, u in ben),
        }
        out["corpus_added"] += sum(u for _, u in corpus)
        out["corpus"] += len(corpus)
        out["demo_added"] += sum(u for r, u in zip(test, up, strict=True) if r.group == "demo")
    return out


def _print_fail(result: dict) -> None:
    print("\nfail model, leave-one-set-out (threshold from the training folds only)")
    gained = added = mal = ben = 0
    for name, m in result["sets"].items():
        print(
            f"  {name:9} t={m['threshold']:.3f}: attacks failed"
            f" {_pct(m['fail_rules'], m['malicious'])} ->"
            f" {_pct(m['fail_rules'] + m['gained'], m['malicious'])} (+{m['gained']} of"
            f" {m['at_review']} at review); look-alikes failed"
            f" {_pct(m['benign_fail_rules'], m['benign'])} ->"
            f" {_pct(m['benign_fail_rules'] + m['benign_added'], m['benign'])}"
            f" (+{m['benign_added']}, {_pct(m['benign_added'], m['benign'])} of {m['benign']})"
        )
        gained, added = gained + m["gained"], added + m["benign_added"]
        mal, ben = mal + m["malicious"], ben + m["benign"]
    print(
        f"  all sets: +{gained} attacks failed of {mal} ({_pct(gained, mal)}); +{added} look-alikes"
        f" of {ben} ({_pct(added, ben)}); corpus failed by the model {result['corpus_added']} of"
        f" {result['corpus']}; demo skills {result['demo_added']}"
    )


def measure_demote(rows: list[Row], cv: Folds) -> dict:
    """Leave-one-set-out for the demotion model: per held-out set, the attacks the rules fail
    and those it demotes (the fail recall it costs), the look-alikes the rules fail and those it
    demotes; per held-out corpus fold, the skills the rules fail and those it demotes."""
    out: dict = {"sets": {}, "corpus_fail": 0, "corpus_demoted": 0, "demo_fail": 0}
    for k, t, test, sc in _held_out_scores(rows, cv, cv.demote_threshold):
        down = [demote_row(r) and x < t for r, x in zip(test, sc, strict=True)]
        mal, ben, corpus = _by_label(test, down)
        out["sets"][cv.sets[k]] = {
            "threshold": round(t, 4),
            "malicious": len(mal),
            "fail_rules": sum(r.verdict == "fail" for r, _ in mal),
            "demotable": sum(demote_row(r) for r, _ in mal),
            "demoted": sum(d for _, d in mal),
            "demoted_keys": sorted(r.key for r, d in mal if d),
            "benign": len(ben),
            "benign_fail_rules": sum(r.verdict == "fail" for r, _ in ben),
            "benign_demotable": sum(demote_row(r) for r, _ in ben),
            "benign_demoted": sum(d for _, d in ben),
        }
        out["corpus_fail"] += sum(r.verdict == "fail" for r, _ in corpus)
        out["corpus_demoted"] += sum(d for _, d in corpus)
        out["demo_fail"] += sum(r.verdict == "fail" for r in test if r.group == "demo")
    return out


def _print_demote(result: dict) -> None:
    print("\ndemotion model, leave-one-set-out (threshold from the training folds only)")
    tot = collections.Counter()
    for name, m in result["sets"].items():
        print(
            f"  {name:9} t={m['threshold']:.3f}: attacks failed"
            f" {_pct(m['fail_rules'], m['malicious'])} ->"
            f" {_pct(m['fail_rules'] - m['demoted'], m['malicious'])} (-{m['demoted']} of"
            f" {m['demotable']} demotable); look-alikes failed"
            f" {_pct(m['benign_fail_rules'], m['benign'])} ->"
            f" {_pct(m['benign_fail_rules'] - m['benign_demoted'], m['benign'])}"
            f" (-{m['benign_demoted']} of {m['benign_demotable']} demotable)"
        )
        tot.update({k: v for k, v in m.items() if isinstance(v, int)})
    print(
        f"  all sets: attacks demoted {tot['demoted']} of {tot['fail_rules']} the rules fail"
        f" ({_pct(tot['demoted'], tot['fail_rules'])}); look-alikes demoted"
        f" {tot['benign_demoted']} of {tot['benign_fail_rules']} the rules fail (false fails"
        f" {_pct(tot['benign_fail_rules'], tot['benign'])} ->"
        f" {_pct(tot['benign_fail_rules'] - tot['benign_demoted'], tot['benign'])});"
        f" corpus demoted {result['corpus_demoted']} of {result['corpus_fail']} the rules fail"
    )


def demote_section(rows: list[Row], cv: Folds | None) -> dict | None:
    """The demotion's part of the model file: the fail model's second threshold (no weights of
    its own). None when the rules fail no attack and no look-alike without a critical finding."""
    train = [r for r in rows if demote_row(r)]
    if not DEMOTE_ENABLED or cv is None or len({r.label for r in train}) < 2:
        return None
    counts = collections.Counter((r.group, r.label) for r in train)
    return {
        "model": "fail",
        "threshold": round(cv.demote_threshold(), 6),
        "scores": "the skills the rules fail with no critical finding; under the threshold: review",
        "trained": {
            "attack_demote_target": DEMOTE_ATTACK_TARGET,
            "ceil": DEMOTE_CEIL,
            "rows": {
                f"{g}/{'malicious' if y else 'benign'}": n for (g, y), n in sorted(counts.items())
            },
        },
    }


def fail_section(
    rows: list[Row], bits: int, cv_fail: Folds | None, counts: collections.Counter
) -> dict:
    """The fail model's part of the model file: weights, threshold and how it was trained."""
    fail_weights, fail_intercept = fit(rows, bits, FAIL_C, fail=True)
    return {
        "intercept": fail_intercept,
        "threshold": round(cv_fail.threshold() if cv_fail is not None else 0.99, 6),
        "features": "the review model's and the medium and high findings",
        "trained": {
            "C": FAIL_C,
            "verdicts": list(FAIL_ROWS),
            "corpus_weight": FAIL_CORPUS_WEIGHT,
            "look_alike_fail_target": FAIL_LOOK_TARGET,
            "corpus_fail_target": FAIL_CORPUS_TARGET,
            "floor": FAIL_FLOOR,
            "rows": {
                f"{g}/{'malicious' if y else 'benign'}": n for (g, y), n in sorted(counts.items())
            },
        },
        "weights": {str(k): fail_weights[k] for k in sorted(fail_weights)},
    }


def train_model(
    rows: list[Row],
    bits: int = BITS,
    c: float = C,
    cv: Folds | None = None,
    cv_fail: Folds | None = None,
) -> str:
    sets = tuple(s for s in SPENT if any(r.group == s for r in rows))
    if cv is None and len(sets) > 1:
        cv = Folds(rows, sets, bits, c)
    if cv_fail is None and len(sets) > 1:
        cv_fail = Folds(rows, sets, bits, FAIL_C, fail=True)
    t = cv.threshold() if cv is not None else 0.5
    weights, intercept = fit(rows, bits, c)
    flagged = [r for r in rows if r.verdict in FAIL_ROWS and not r.part]
    fail_counts = collections.Counter((r.group, r.label) for r in flagged)
    fail: dict | None = None
    if len({r.label for r in flagged}) == 2:  # else nothing to tell apart: no fail model
        fail = fail_section(rows, bits, cv_fail, fail_counts)
    counts = collections.Counter(
        ("corpus-part" if r.part else r.group, r.label) for r in rows if sample_weight(r) > 0
    )
    info = {
        "C": c,
        "review_skip": list(REVIEW_SKIP),
        "l1_ratio": L1_RATIO,
        "parts": USE_PARTS,
        "demo_weight": DEMO_WEIGHT,
        "demo_clear": DEMO_CLEAR,
        "seed": SEED,
        "target_corpus_review": TARGET_CORPUS_REVIEW,
        "rows": {
            f"{g}/{'malicious' if y else 'benign'}": n for (g, y), n in sorted(counts.items())
        },
        "data_digest": hashlib.sha256(
            "\n".join(sorted(f"{r.key}:{r.label}" for r in rows)).encode()
        ).hexdigest()[:16],
    }
    return model_json(weights, intercept, t, bits, info, fail, demote_section(rows, cv_fail))


def _print(result: dict) -> None:
    print("\nleave-one-set-out (threshold from the training folds only)")
    for name, m in result["sets"].items():
        print(
            f"== {name}: {m['malicious']} malicious, {m['benign']} benign, t={m['threshold']}\n"
            f"  flagged rules {m['flagged_rules']}% -> rules+model {m['flagged_model']}%"
            f" (fail {m['fail']}%)\n"
            f"  benign review {m['benign_review_rules']}% -> {m['benign_review_model']}%"
            f" (raised {m['benign_raised']}, of them expected pass"
            f" {m['benign_raised_expected_pass']}; benign fail {m['benign_fail']}%)"
        )
        for fam, (n, a, b) in m["families"].items():
            print(f"    {fam:22} n={n:<3} {a:5.1f} -> {b:5.1f}")
    for name, c in result["corpus"].items():
        print(
            f"  corpus fold with {name}: {c['skills']} skills from {len(c['repos'])} repos,"
            f" rules review {c['review_rules']}, added review {c['added_review']};"
            f" short excerpts raised {c['parts_raised']} of {c['parts']}"
        )
    flagged = [m["flagged_model"] for m in result["sets"].values()]
    if flagged:
        print(
            f"mean flagged over the held-out sets, rules + model: {sum(flagged) / len(flagged):.2f} %"
        )
    n = result["corpus_skills"]
    if n:
        print(
            f"corpus added review: {result['corpus_added_review']} of {n}"
            f" ({100 * result['corpus_added_review'] / n:.2f} %); short excerpts of corpus"
            f" skills raised: {result['parts_raised']} of {result['parts']}"
        )
    if result["demo"]:
        print(
            f"demo skills raised by the fold that held them out: {len(result['demo_raised'])}"
            f" of {result['demo']} {result['demo_raised']}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--no-corpus", action="store_true")
    parser.add_argument("--cache", type=Path, default=None, help="pickle of the scanned rows")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--no-measure", action="store_true")
    parser.add_argument("--out", type=Path, default=learned.MODEL_PATH)
    parser.add_argument("--c", type=float, default=C)
    parser.add_argument("--bits", type=int, default=BITS)
    args = parser.parse_args(argv)
    corpus = None if args.no_corpus else (args.corpus or _default_corpus())
    if corpus is not None and not (corpus / "repos").is_dir():
        print(f"no shared corpus at {corpus}: training on the labelled sets only")
        corpus = None
    start = time.process_time()
    if args.cache and args.cache.is_file():
        rows = pickle.loads(args.cache.read_bytes())  # noqa: S301 (our own cache file)
    else:
        rows = collect(corpus)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(rows))
    assert not any(r.group not in (*SPENT, "corpus", "demo") for r in rows)
    print(f"{len(rows)} skills scanned ({time.process_time() - start:.1f} s of CPU)")
    sets = tuple(s for s in SPENT if any(r.group == s for r in rows))
    cv = Folds(rows, sets, args.bits, args.c) if len(sets) > 1 else None
    cv_fail = Folds(rows, sets, args.bits, FAIL_C, fail=True) if len(sets) > 1 else None
    if not args.no_measure:
        result = measure(rows, args.bits, args.c, cv)
        _print(result)
        if cv_fail is not None:
            _print_fail(measure_fail(rows, cv_fail))
            _print_demote(measure_demote(rows, cv_fail))
    if not args.no_write or not args.no_measure:
        text = train_model(rows, args.bits, args.c, cv, cv_fail)
    if not args.no_measure:  # the regression samples were never trained on: a last check
        model = learned.model_from_json(text.encode())
        samples = [
            row_for(
                f"samples/{s.name}",
                "samples",
                "",
                int(s.label == "malicious"),
                s.family,
                "",
                s.files,
            )
            for s in load_samples()
        ]
        sc = scores(samples, model.weights, model.intercept, model.bits)
        ben = [r for r in samples if not r.label]
        mal = [r for r in samples if r.label]
        up = {
            r.key
            for r, x in zip(samples, sc, strict=True)
            if r.verdict == "pass" and x > model.threshold
        }
        print(
            f"regression samples (never trained on), final model: benign raised"
            f" {sum(r.key in up for r in ben)} of {len(ben)}; malicious flagged"
            f" {sum(r.verdict != 'pass' for r in mal)} -> {sum(r.verdict != 'pass' or r.key in up for r in mal)}"
            f" of {len(mal)}"
        )
        if model.fail is not None:
            fs = scores(samples, model.fail.weights, model.fail.intercept, model.bits, fail=True)
            failed = {
                r.key
                for r, x in zip(samples, fs, strict=True)
                if r.verdict == "review" and x > model.fail.threshold
            }
            print(
                f"regression samples, final fail model (threshold {model.fail.threshold:.3f}):"
                f" benign failed {sum(r.key in failed for r in ben)} of"
                f" {sum(r.verdict == 'review' for r in ben)} at review; malicious failed"
                f" {sum(r.verdict == 'fail' for r in mal)} ->"
                f" {sum(r.verdict == 'fail' or r.key in failed for r in mal)} of {len(mal)}"
            )
        if model.demote is not None:
            ds = scores(samples, model.demote.weights, model.demote.intercept, model.bits, True)
            down = {
                r.key
                for r, x in zip(samples, ds, strict=True)
                if demote_row(r) and x < model.demote.threshold
            }
            print(
                f"regression samples, final demotion model (threshold"
                f" {model.demote.threshold:.3f}): benign demoted {sum(r.key in down for r in ben)}"
                f" of {sum(r.verdict == 'fail' for r in ben)} the rules fail; malicious demoted"
                f" {sum(r.key in down for r in mal)} of {sum(r.verdict == 'fail' for r in mal)}"
                f" the rules fail ({sum(demote_row(r) for r in mal)} demotable)"
            )
        demo = [r for r in rows if r.group == "demo"]
        if demo:  # in the sample when DEMO_WEIGHT > 0: the cross-validated line above speaks
            ds = scores(demo, model.weights, model.intercept, model.bits)
            print(
                f"demo skills, final model: raised {sum(x > model.threshold for x in ds)} of"
                f" {len(demo)}; highest score {max(ds):.3f} (threshold {model.threshold:.3f})"
            )
    if not args.no_write:
        args.out.write_text(text)
        data = json.loads(text)
        print(
            f"wrote {args.out} ({len(text)} bytes, {len(data['weights'])} weights,"
            f" threshold {data['threshold']})"
        )
    print(f"done in {time.process_time() - start:.1f} s of CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
