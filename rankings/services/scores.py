"""The ranking run's Python pass: every published skill's counts and attributes as columns,
the rules of `scoring` applied to them, and the boards.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable
from itertools import compress, groupby, repeat
from operator import ne

from rankings import scoring
from rankings.models import Board
from rankings.services.aggregate import AGG_FIELDS
from skills.models import Category, installs_band


def _columns(rows: list, width: int) -> list[list]:
    """Rows turned into columns (`width` empty columns when there are no rows)."""
    return (
        [list(column) for column in zip(*rows, strict=True)] if rows else [[] for _ in range(width)]
    )


class SkillTable:
    """The rows of `published_skills` and their counts (both keyed by the ids as text:
    hashing and comparing UUID objects are Python calls) as columns of plain values, with
    the listings' sort keys: all-time installs and trending."""

    def __init__(self, skills: list[tuple], counts: dict):
        self.n = len(skills)
        (
            self.ids,
            self.slugs,
            self.stars,
            self.days_since_change,
            self.is_spec_valid,
            self.licenses,
            self.license_confidences,
            self.verdicts,
            self.mirror_ofs,
            self.category_ids,
            self.is_new,
            self.old_digests,
            self.names,
            self.old_bands,
            *old_keys,
        ) = _columns(skills, 18)
        self.old_keys = list(
            zip(*old_keys, strict=True)
        )  # (installs, trending, stars, name) or Nones
        zeros = (0,) * len(AGG_FIELDS)
        (
            self.installs,
            self.downloads,
            self.copies,
            self.views,
            *weeks,
            self.views_30d,
            recent,
            previous,
        ) = _columns(list(map(counts.get, self.ids, repeat(zeros))), len(AGG_FIELDS))
        self.weeks = list(zip(*weeks, strict=True))  # installs per week of age, newest first
        self.trending = [
            0.0 if r < 3 or v == "fail" else scoring.trending_score(recent=r, previous=p)
            for r, p, v in zip(recent, previous, self.verdicts, strict=True)
        ]
        # A mirror stays below its canonical (when that one is ranked too), by position.
        canonicals = {m for m in self.mirror_ofs if m is not None}
        position = {pk: i for i, pk in enumerate(self.ids) if pk in canonicals}
        self.mirror_of = {i: position[m] for i, m in enumerate(self.mirror_ofs) if m in position}
        self.involved = {*self.mirror_of, *self.mirror_of.values()}
        for i, capped in scoring.mirror_cap(
            {i: self.trending[i] for i in self.involved}, self.mirror_of
        ).items():
            self.trending[i] = capped

    def sort_keys(self) -> tuple[list[tuple], list[tuple], list]:
        """The listings' sort keys, (skill_id, installs_total, trending_score, stars, name),
        of the skills whose keys changed (or are missing); the installs bands,
        (skill_id, installs_band), of those whose band changed; the ids of the skills
        without a SkillSortKey row (`sort_keys_write`'s arguments)."""
        ids, old_keys = self.ids, self.old_keys
        keys = [
            (ids[i], *key)
            for i, key in enumerate(
                zip(self.installs, self.trending, self.stars, self.names, strict=True)
            )
            if key != old_keys[i]
        ]
        bands = [
            (ids[i], band)
            for i, band in enumerate(map(installs_band, self.installs))
            if band != self.old_bands[i]
        ]
        missing = [ids[i] for i, key in enumerate(old_keys) if key[0] is None]
        return keys, bands, missing


def scores_and_boards(
    table: SkillTable, *, board_limit: int, lap: Callable[[str], None]
) -> tuple[list[tuple], dict[str, list[tuple]]]:
    """Popularity rows that changed (in `POPULARITY_COLUMNS` order) and boards ({board:
    [(skill_id, value)]}): the rules applied column by column, once per distinct value,
    and the whole-table steps done by C loops (map, zip, sort) rather than per row."""
    t = table
    d0, d1, d2, d3, d4 = scoring.DECAY_WEEKS
    installs_7d = [w[0] for w in t.weeks]
    installs_30d = list(map(sum, t.weeks))
    totals, points = scoring.score_table(
        {
            "installs_total": t.installs,
            "installs_7d": installs_7d,
            "installs_decayed_30d": [
                round(a * d0 + b * d1 + c * d2 + d * d3 + e * d4, 3) for a, b, c, d, e in t.weeks
            ],
            "downloads_total": t.downloads,
            "copies_total": t.copies,
            "stars": t.stars,
            "days_since_change": [
                None if d is None else max(0, int(d)) for d in t.days_since_change
            ],
            "is_spec_valid": t.is_spec_valid,
            "license": t.licenses,
            "license_confidence": t.license_confidences,
            "security_verdict": [v or "" for v in t.verdicts],
            "is_mirror": [m is not None for m in t.mirror_ofs],
        }
    )
    scores = list(totals)
    capped = scoring.mirror_cap({i: scores[i] for i in t.involved}, t.mirror_of)
    for i, value in capped.items():
        scores[i] = value
    # Only the rows whose values changed (about a third on a daily run) or that are new. The
    # digest hashes plain numbers (every rule's points, not the breakdown's names): Python
    # hashes numbers the same way in every process, unlike strings.
    values = (
        t.installs,
        installs_7d,
        installs_30d,
        t.downloads,
        t.copies,
        t.views,
        t.views_30d,
        scores,
        t.trending,
    )
    digests = list(map(hash, zip(*values, points, strict=True)))
    popularity = []
    for i in compress(range(t.n), map(ne, digests, t.old_digests)):
        parts = scoring.compact_parts(points[i])
        if i in capped:
            parts["mirror_cap"] = round(capped[i] - totals[i], 3)
        popularity.append((t.ids[i], *(column[i] for column in values), parts, digests[i]))
    lap("score")

    # Boards: ties go to more installs, then to the slug (stable across runs). One order by
    # score serves top, new and every category; ties are broken only within runs of equal
    # scores, and only until every board is full. Trending sorts its own (small) subset.
    ids, installs, trending, slugs = t.ids, t.installs, t.trending, t.slugs
    by_score = sorted(range(t.n), key=[-x for x in scores].__getitem__)
    category_keys = dict(Category.objects.values_list("pk", "key"))
    boards: dict[str, list[tuple]] = {Board.TOP.value: [], Board.NEW.value: []}
    for key in sorted(category_keys.values()):
        boards[f"cat:{key}"] = []
    category_board = [
        boards[f"cat:{category_keys[c]}"] if c in category_keys else None for c in t.category_ids
    ]
    top, new = boards[Board.TOP.value], boards[Board.NEW.value]
    members = Counter(t.category_ids)
    # Entries each board can still take: when all are 0 the rest of the order is not needed.
    room = (
        min(board_limit, t.n)
        + min(board_limit, sum(t.is_new))
        + sum(min(board_limit, members[c]) for c in category_keys)
    )
    for _, run in groupby(by_score, key=scores.__getitem__):
        run = list(run)
        if len(run) > 1:
            run.sort(key=slugs.__getitem__)
            run.sort(key=lambda i: -installs[i])
        for i in run:
            entry = (ids[i], scores[i])
            if len(top) < board_limit:
                top.append(entry)
                room -= 1
            if t.is_new[i] and len(new) < board_limit:
                new.append(entry)
                room -= 1
            board = category_board[i]
            if board is not None and len(board) < board_limit:
                board.append(entry)
                room -= 1
        if room <= 0:
            break
    rising = [i for i in range(t.n) if trending[i] > 0]
    boards[Board.TRENDING.value] = [
        (ids[i], trending[i])
        for i in heapq.nsmallest(
            board_limit, rising, key=lambda i: (-trending[i], -installs[i], slugs[i])
        )
    ]
    boards = {
        board: entries
        for board, entries in boards.items()
        if entries or not board.startswith("cat:")
    }
    lap("boards")
    return popularity, boards
