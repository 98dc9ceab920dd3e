"""A skill page's related rows (tags, versions, files, scan findings, sources) in one statement.

Read one by one (`skills.page_selectors`: `skill_tags`, `skill_versions`, `version_files`,
`version_findings`, `skill_source_links`) they were five statements, each paying Django's
cursor, psycopg's round trip and PostgreSQL's parse, plan and transaction for a handful of
rows: with the skill itself, the neighbours and the charts, the statements were the largest
part of an uncached skill page's CPU (issue #23, docs/BENCHMARKS.md, session 14). Here the
five are one `UNION ALL` with one typed column per kind of value (the parts leave the others
NULL), each part numbered in its own order by `ROW_NUMBER()` (its order by the database, as
the ORM's `ORDER BY` gave it: the same collation), the whole ordered by part and number.

The values come out as the ORM gives them: every column through the converters Django
applies to its model field (UUIDs, dates, booleans and JSON on SQLite, JSON on PostgreSQL),
files as `SkillFile` instances. The same SQL on PostgreSQL and SQLite;
tests/skills/test_page_rows.py holds the rows to the five selectors'.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import connections, router

from skills.models import Skill, SkillFile, SkillSource, SkillSourceLink, SkillVersion, Tag
from skills.page_selectors import SourceLinkRow, TagRow, VersionRow

#: How many versions the page lists (as `page_selectors.skill_versions`).
VERSIONS_SHOWN = 100

# The parts, in the statement's order.
TAGS, VERSIONS, FILES, FINDINGS, SOURCES = range(5)


@dataclass
class PageRows:
    tags: list[TagRow] = field(default_factory=list)
    versions: list[VersionRow] = field(default_factory=list)
    files: list[SkillFile] = field(default_factory=list)
    findings: list[dict] = field(default_factory=list)
    scanned: bool = False
    source_links: list[SourceLinkRow] = field(default_factory=list)


def _slots():
    """(column, model field) per typed column of the statement: each part's values land in
    the columns of their kind; `field` types the column's NULLs."""
    from moderation.models import ScanResult  # moderation imports the skills app

    return (
        ("i", SkillFile._meta.pk),  # a tag's or file's id
        ("n", SkillFile._meta.get_field("size")),
        ("t1", SkillFile._meta.get_field("path")),
        ("t2", SkillFile._meta.get_field("path")),
        ("t3", SkillFile._meta.get_field("path")),
        ("ts", SkillVersion._meta.get_field("created_at")),
        ("f", SkillFile._meta.get_field("is_text")),
        ("u", SkillVersion._meta.pk),
        ("j", ScanResult._meta.get_field("findings")),
    )


def _parts():
    """(part, FROM and WHERE, ORDER BY, {column: (SQL, model field)}) per part; each part's
    one parameter is the skill's id (tags, versions, sources) or the version's (files,
    findings)."""
    from moderation.models import ScanResult

    tags_through = Skill.tags.through._meta.db_table
    tag, version, file = Tag._meta.db_table, SkillVersion._meta.db_table, SkillFile._meta.db_table
    link, source = SkillSourceLink._meta.db_table, SkillSource._meta.db_table
    scan = ScanResult._meta.db_table
    f = SkillFile._meta.get_field
    v = SkillVersion._meta.get_field
    return (
        (
            TAGS,
            f"{tags_through} st INNER JOIN {tag} g ON g.id = st.tag_id WHERE st.skill_id = %s",
            "g.key ASC",
            {
                "i": ("st.tag_id", Tag._meta.pk),
                "t1": ("g.key", Tag._meta.get_field("key")),
                "t2": ("g.name", Tag._meta.get_field("name")),
            },
        ),
        (
            VERSIONS,
            f"{version} v WHERE v.skill_id = %s",
            "v.created_at DESC",
            {
                "u": ("v.id", v("id")),
                "t1": ("v.content_hash", v("content_hash")),
                "t2": ('v."commit"', v("commit")),
                "ts": ("v.created_at", v("created_at")),
                "t3": ("v.security_verdict", v("security_verdict")),
            },
        ),
        (
            FILES,
            f"{file} fl WHERE fl.version_id = %s",
            "fl.path ASC",
            {
                "i": ("fl.id", f("id")),
                "t1": ("fl.path", f("path")),
                "n": ("fl.size", f("size")),
                "t2": ("fl.sha256", f("sha256")),
                "t3": ("fl.storage_key", f("storage_key")),
                "f": ("fl.is_text", f("is_text")),
            },
        ),
        (
            FINDINGS,
            f"{scan} sc WHERE sc.version_id = %s",
            "sc.risk_score DESC, sc.engine ASC",
            {"j": ("sc.findings", ScanResult._meta.get_field("findings"))},
        ),
        (
            SOURCES,
            f"{link} sl INNER JOIN {source} so ON so.id = sl.source_id WHERE sl.skill_id = %s",
            "sl.is_canonical DESC, sl.first_seen_at ASC",
            {
                "t1": ("so.name", SkillSource._meta.get_field("name")),
                "t2": ("so.kind", SkillSource._meta.get_field("kind")),
                "f": ("sl.is_canonical", SkillSourceLink._meta.get_field("is_canonical")),
            },
        ),
    )


@dataclass(frozen=True)
class _Compiled:
    sql: str
    #: part -> ((column index, converters, expression), ...) for the columns it fills
    converters: dict


_COMPILED: dict[str, _Compiled] = {}


def _compile(using: str) -> _Compiled:
    connection = connections[using]
    slots = _slots()
    names = [name for name, _field in slots]
    selects, converters = [], {}
    for part, source, order, values in _parts():
        columns = [f"{part} AS part", f"ROW_NUMBER() OVER (ORDER BY {order}) AS o"]
        convs = []
        for index, (name, slot_field) in enumerate(slots, start=2):
            if name in values:
                sql, model_field = values[name]
                columns.append(f"{sql} AS {name}")
                expression = model_field.get_col(model_field.model._meta.db_table)
                found = connection.ops.get_db_converters(expression) + expression.get_db_converters(
                    connection
                )
                if found:
                    convs.append((index, tuple(found), expression))
            else:
                columns.append(f"CAST(NULL AS {slot_field.db_type(connection)}) AS {name}")
        selects.append(f"SELECT {', '.join(columns)} FROM {source}")  # noqa: S608 - constants
        converters[part] = tuple(convs)
    sql = (
        f"SELECT part, o, {', '.join(names)} FROM ({' UNION ALL '.join(selects)}) AS r"  # noqa: S608 - constants
        f" WHERE part <> {VERSIONS} OR o <= {VERSIONS_SHOWN} ORDER BY part, o"
    )
    compiled = _Compiled(sql, converters)
    _COMPILED[using] = compiled
    return compiled


#: A file's values as `skill_page_rows` gives them to `Model.from_db` (which takes them in
#: the model's field order when there are as many: a test holds the two to the same order).
FILE_ATTNAMES = ("id", "version_id", "path", "size", "sha256", "storage_key", "is_text")


def skill_page_rows(*, skill: Skill, version: SkillVersion) -> PageRows:
    """The skill page's tags, versions (the 100 latest, newest first), the shown version's
    files (by path, as `version_files`) and findings (as `version_findings`), and the
    sources (as `skill_source_links`), from one statement."""
    using = router.db_for_read(Skill)
    connection = connections[using]
    compiled = _COMPILED.get(using) or _compile(using)
    skill_id = Skill._meta.pk.get_db_prep_value(skill.pk, connection)
    version_id = SkillVersion._meta.pk.get_db_prep_value(version.pk, connection)
    params = [skill_id, skill_id, version_id, version_id, skill_id]
    with connection.cursor() as cursor:
        cursor.execute(compiled.sql, params)
        rows = cursor.fetchall()
    out = PageRows()
    file_db = router.db_for_read(SkillFile)
    for row in rows:
        part = row[0]
        convs = compiled.converters[part]
        if convs:
            row = list(row)
            for index, converters, expression in convs:
                value = row[index]
                for converter in converters:
                    value = converter(value, expression, connection)
                row[index] = value
        _part, _o, i, n, t1, t2, t3, ts, f, u, j = row
        if part == TAGS:
            out.tags.append(TagRow(i, t1, t2))
        elif part == VERSIONS:
            out.versions.append(VersionRow(u, t1, t2, ts, t3))
        elif part == FILES:
            file = SkillFile.from_db(file_db, FILE_ATTNAMES, (i, version.pk, t1, n, t2, t3, f))
            SkillFile.version.field.set_cached_value(file, version)  # as the related manager
            out.files.append(file)
        elif part == FINDINGS:
            out.scanned = True
            out.findings.extend(j or [])
        else:
            out.source_links.append(SourceLinkRow(t1, t2, f))
    return out
