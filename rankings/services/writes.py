"""The ranking run's writes: popularity rows, the day's board snapshots, and the listings'
sort keys (SkillSortKey) and installs bands.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from datetime import date, datetime

from django.db import connection, transaction

from rankings.models import SkillPopularity, SkillRankSnapshot
from skills.models import Skill, SkillSortKey

POPULARITY_COLUMNS = (
    "skill_id",
    "installs_total",
    "installs_7d",
    "installs_30d",
    "downloads_total",
    "copies_total",
    "views_total",
    "views_30d",
    "score",
    "trending_score",
    "breakdown",
    "values_digest",
)


def popularity_write(rows: list[tuple], *, computed_at: datetime) -> None:
    """Write the popularity rows (values in `POPULARITY_COLUMNS` order) where they changed.

    The caller sends only the rows whose `values_digest` changed. On PostgreSQL they are
    COPYed into a temporary table; then one `INSERT … ON CONFLICT DO UPDATE` adds skills
    ranked for the first time and rewrites the rows whose digest differs (a row rewritten
    by another run meanwhile is left alone). `computed_at` is therefore when the values
    last changed.
    Elsewhere one bulk upsert.
    The listings' sort keys (SkillSortKey) are written apart (`sort_keys_write`).
    """
    columns, values = POPULARITY_COLUMNS, POPULARITY_COLUMNS[1:]
    if connection.vendor == "postgresql":
        import orjson

        names = ", ".join(columns)
        breakdown = columns.index("breakdown")
        with connection.cursor() as cursor:
            cursor.execute(
                "CREATE TEMP TABLE rankings_popularity_load "
                "(LIKE rankings_skillpopularity INCLUDING DEFAULTS) ON COMMIT DROP"
            )
            with cursor.cursor.copy(f"COPY rankings_popularity_load ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(
                        (
                            *row[:breakdown],
                            orjson.dumps(row[breakdown]).decode(),
                            *row[breakdown + 1 :],
                        )
                    )
            # One upsert, not an UPDATE and an `INSERT … WHERE NOT EXISTS`: on an empty or
            # just-truncated table the planner picked a nested-loop anti-join that scanned
            # the rows being inserted once per row (960 s for 100,000 new rows).
            cursor.execute(
                f"INSERT INTO rankings_skillpopularity AS p ({names}, computed_at) "  # noqa: S608 - constant names
                f"SELECT {names}, %s FROM rankings_popularity_load ON CONFLICT (skill_id) DO UPDATE SET "
                f"{', '.join(f'{c} = excluded.{c}' for c in values)}, computed_at = excluded.computed_at "
                "WHERE p.values_digest IS DISTINCT FROM excluded.values_digest",
                [computed_at],
            )
            cursor.execute("DROP TABLE rankings_popularity_load")
        return
    objs = [
        SkillPopularity(**dict(zip(columns, row, strict=True)), computed_at=computed_at)
        for row in rows
    ]
    SkillPopularity.objects.bulk_create(
        objs,
        batch_size=500,
        update_conflicts=True,
        unique_fields=["skill"],
        update_fields=[*values, "computed_at"],
    )


def sort_keys_write(keys: list[tuple], bands: list[tuple], missing: list) -> int:
    """Write the listings' sort keys, [(skill_id, installs_total, trending_score, stars,
    name)] of the skills whose keys changed, among them `missing`, the ids of those that
    have no SkillSortKey row yet, and the search's installs bands, [(skill_id, installs_band)] of the skills whose band
    changed. Returns the rows sent.

    A narrow table (SkillSortKey): 0.25-0.45 s in a daily run at 100,000 skills (about
    12,000 keys and 1,800 bands change), where the same keys on skills_skill cost 1.2-1.8 s
    (a new version of each wide row through all its indexes).
    On PostgreSQL a COPY, an UPDATE and an INSERT of the missing rows, then a COPY and
    an UPDATE of the bands, each in key order (two runs meet rows in one order);
    elsewhere a bulk upsert and a bulk update.
    """
    if not keys and not bands:
        return 0
    with transaction.atomic():
        if connection.vendor != "postgresql":
            SkillSortKey.objects.bulk_create(
                [
                    SkillSortKey(skill_id=pk, installs_total=i, trending_score=t, stars=s, name=n)
                    for pk, i, t, s, n in keys
                ],
                batch_size=500,
                update_conflicts=True,
                unique_fields=["skill"],
                update_fields=["installs_total", "trending_score", "stars", "name"],
            )
            Skill.objects.bulk_update(
                [Skill(pk=pk, installs_band=band) for pk, band in bands],
                ["installs_band"],
                batch_size=500,
            )
            return len(keys) + len(bands)
        with connection.cursor() as cursor:
            if keys:
                _temp_table_load(
                    cursor,
                    "rankings_sort_keys_load",
                    sorted(keys),
                    "skill_id uuid PRIMARY KEY, installs_total integer, trending_score double precision, "
                    "stars integer, name varchar(200)",
                )
                # An UPDATE, then an INSERT of the rows still missing (rare): cheaper than
                # one upsert, whose speculative insertion probes the index for every row.
                cursor.execute(
                    "UPDATE skills_skillsortkey AS k SET installs_total = l.installs_total, "
                    "trending_score = l.trending_score, stars = l.stars, name = l.name "
                    "FROM rankings_sort_keys_load AS l WHERE k.skill_id = l.skill_id "
                    "AND (k.installs_total, k.trending_score, k.stars, k.name) IS DISTINCT FROM "
                    "(l.installs_total, l.trending_score, l.stars, l.name)"
                )
                if missing:
                    cursor.execute(
                        "INSERT INTO skills_skillsortkey (skill_id, installs_total, trending_score, stars, name) "
                        "SELECT l.skill_id, l.installs_total, l.trending_score, l.stars, l.name "
                        "FROM rankings_sort_keys_load AS l "
                        "JOIN skills_skill AS s ON s.id = l.skill_id "  # a skill deleted meanwhile is skipped
                        "WHERE l.skill_id = ANY(%s::uuid[]) ON CONFLICT (skill_id) DO NOTHING",
                        [list(missing)],
                    )
                cursor.execute("DROP TABLE rankings_sort_keys_load")
            if bands:
                _temp_table_load(
                    cursor,
                    "rankings_bands_load",
                    sorted(bands),
                    "skill_id uuid PRIMARY KEY, installs_band smallint",
                )
                cursor.execute(
                    "UPDATE skills_skill AS s SET installs_band = l.installs_band FROM rankings_bands_load AS l "
                    "WHERE s.id = l.skill_id AND s.installs_band <> l.installs_band"
                )
                cursor.execute("DROP TABLE rankings_bands_load")
    return len(keys) + len(bands)


def _temp_table_load(cursor, table: str, rows: Iterable[tuple], columns: str) -> None:
    """COPY `rows` into a new temporary table (dropped at commit) and ANALYZE it, for an
    UPDATE … FROM it (PostgreSQL)."""
    cursor.execute(f"CREATE TEMP TABLE {table} ({columns}) ON COMMIT DROP")
    with cursor.cursor.copy(f"COPY {table} FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
    cursor.execute(f"ANALYZE {table}")


def snapshots_write(day: date, boards: dict[str, list[tuple]]) -> int:
    """Replace the day's snapshots with the given boards: {board: [(skill_id, value)]}."""
    SkillRankSnapshot.objects.filter(date=day).delete()
    if connection.vendor == "postgresql":
        buffer = io.StringIO()
        total = 0
        for board, entries in boards.items():
            for rank, (skill_id, value) in enumerate(entries, start=1):
                buffer.write(f"{day.isoformat()}\t{board}\t{skill_id}\t{rank}\t{value}\n")
                total += 1
        with (
            connection.cursor() as cursor,
            cursor.cursor.copy(
                "COPY rankings_skillranksnapshot (date, board, skill_id, rank, score) FROM STDIN"
            ) as copy,
        ):
            copy.write(buffer.getvalue())
        return total
    objs = [
        SkillRankSnapshot(date=day, board=board, skill_id=skill_id, rank=rank, score=value)
        for board, entries in boards.items()
        for rank, (skill_id, value) in enumerate(entries, start=1)
    ]
    SkillRankSnapshot.objects.bulk_create(objs, batch_size=500)
    return len(objs)
