"""Deterministic, realistic data at scale for every speed benchmark of the project.

    python manage.py seed_scale --skills 100000 --events 10000000 [--seed 42] [--batch 50000]

Creates published skills (varied names and descriptions in several languages, categories,
tags, stars, licenses, scan verdicts, a few mirrors), each with a latest SkillVersion and a
link to the "seed-scale" source (which is how seed skills are told apart from real ones),
then events over the last 120 days with a long-tailed (Zipf-like) distribution over skills,
growing traffic, a few fast risers, brand-new skills and some bots. On PostgreSQL rows are
loaded with COPY (psycopg 3 `cursor.copy`); elsewhere with bulk_create. The search vector
is filled at the end. The same --seed always gives the same data (up to ids and the day
it is run: times are relative to now).
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import itertools
import random
import time
import uuid
from datetime import UTC, datetime, timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models.fields import AutoFieldMixin
from django.utils import timezone

from rankings.management.seed_vocabulary import (
    CATEGORIES,
    CJK,
    LICENSES,
    OWNERS,
    SUBJECTS,
    SUFFIXES,
    VERBS,
    VERDICTS,
)
from rankings.models import SkillEvent
from skills.models import (
    Category,
    Skill,
    SkillSortKey,
    SkillSource,
    SkillSourceLink,
    SkillVersion,
    Tag,
)
from skills.rendering import RENDERER_VERSION
from skills.search import search_index_update

SEED_SOURCE_URL = "seed://scale"
EVENT_DAYS = 120

KINDS = ["view", "copy", "download", "install"]
KIND_WEIGHTS = [58, 14, 10, 18]
BOT_AGENTS = 40


class Command(BaseCommand):
    help = "Load deterministic, realistic skills and events at scale (for benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument("--skills", type=int, default=1000)
        parser.add_argument("--events", type=int, default=100_000)
        parser.add_argument("--seed", type=int, default=42)
        parser.add_argument("--batch", type=int, default=50_000, help="Rows per COPY/bulk batch.")
        parser.add_argument("--force", action="store_true", help="Run even if real skills exist.")
        parser.add_argument("--dry-run", action="store_true", help="Say what would be done.")

    def handle(self, *args, **opts):
        n_skills, n_events, batch = opts["skills"], opts["events"], max(1000, opts["batch"])
        if n_skills < 1 or n_events < 0:
            raise CommandError("--skills must be >= 1 and --events >= 0.")
        real = Skill.objects.exclude(source_links__source__url=SEED_SOURCE_URL).count()
        if real and not opts["force"]:
            raise CommandError(
                f"The database has {real} skills that were not made by seed_scale; "
                "refusing to add benchmark data (use --force to do it anyway)."
            )
        if opts["dry_run"]:
            self.stdout.write(
                f"Would replace seed data with {n_skills} skills and {n_events} events "
                f"({'COPY' if self._copy_ok() else 'bulk_create'}); nothing written."
            )
            return
        started = time.monotonic()
        self.rng = random.Random(opts["seed"])
        self.now = timezone.now().replace(microsecond=0)
        self.batch = batch
        self._wipe_previous()
        t = time.monotonic()
        skill_ids, skill_meta = self._seed_skills(n_skills)
        self._progress(f"skills: {n_skills} in {time.monotonic() - t:.1f}s")
        t = time.monotonic()
        written = self._seed_events(skill_ids, skill_meta, n_events)
        self._progress(f"events: {written} in {time.monotonic() - t:.1f}s")
        t = time.monotonic()
        search_index_update()
        self._progress(f"search index in {time.monotonic() - t:.1f}s")
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                for table in (
                    "skills_skill",
                    "skills_skillversion",
                    "skills_skill_tags",
                    "rankings_skillevent",
                ):
                    cursor.execute(f"ANALYZE {table}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Seeded {n_skills} skills and {written} events (seed {opts['seed']}) "
                f"in {time.monotonic() - started:.1f}s."
            )
        )

    # -- helpers ---------------------------------------------------------------------------

    def _progress(self, message: str) -> None:
        self.stdout.write(f"  {message}")
        self.stdout.flush()

    @staticmethod
    def _copy_ok() -> bool:
        return connection.vendor == "postgresql"

    def _wipe_previous(self) -> None:
        source = SkillSource.objects.filter(url=SEED_SOURCE_URL).first()
        if source is None:
            return
        seed_skills = Skill.objects.filter(source_links__source=source)
        count = seed_skills.count()
        if not count:
            return
        t = time.monotonic()
        only_seed = not Skill.objects.exclude(source_links__source=source).exists()
        if connection.vendor == "postgresql" and only_seed and self._truncate_skills():
            self._progress(
                f"removed {count} previous seed skills (TRUNCATE) in {time.monotonic() - t:.1f}s"
            )
            return
        SkillEvent.objects.filter(skill__in=seed_skills).delete()
        Skill.objects.filter(pk__in=seed_skills.values("pk")).update(
            latest_version=None, mirror_of=None
        )
        Skill.objects.filter(pk__in=list(seed_skills.values_list("pk", flat=True))).delete()
        self._progress(f"removed {count} previous seed skills in {time.monotonic() - t:.1f}s")

    def _truncate_skills(self) -> bool:
        """TRUNCATE skills and every table that refers to them, if those others are empty.

        Only used when every skill is a seed skill: then events, popularity, versions,
        tags and links are all seed data. Any other referring table holding rows (say
        moderation reports) makes this refuse, and the slower ORM delete runs instead.
        """
        ours = {
            "skills_skill",
            "skills_skillversion",
            "skills_skillfile",
            "skills_skill_tags",
            "skills_skillsourcelink",
            "skills_skillsortkey",
            "rankings_skillevent",
            "rankings_skilldailycount",
            "rankings_skillpopularity",
            "rankings_skillranksnapshot",
            "rankings_skillcounttotal",
        }
        with connection.cursor() as cursor:
            cursor.execute(
                "WITH RECURSIVE refs(rel) AS (SELECT 'skills_skill'::regclass UNION "
                "SELECT c.conrelid FROM pg_constraint c JOIN refs r ON c.confrelid = r.rel "
                "WHERE c.contype = 'f') SELECT rel::regclass::text FROM refs"
            )
            tables = [row[0] for row in cursor.fetchall()]
            for table in tables:
                if table in ours:
                    continue
                cursor.execute(f"SELECT EXISTS (SELECT 1 FROM {connection.ops.quote_name(table)})")  # noqa: S608
                if cursor.fetchone()[0]:
                    return False
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no pending FK checks (tests)
            # Named: some of them (daily counts, snapshots) have no database foreign key.
            cursor.execute(f"TRUNCATE {', '.join(sorted(ours))}, rankings_counttotalsmark CASCADE")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        return True

    def _copy_instances(self, model, instances) -> None:
        """Write model instances with COPY (PostgreSQL) or bulk_create, in batches."""
        if not instances:
            return
        if not self._copy_ok():
            model.objects.bulk_create(instances, batch_size=min(self.batch, 500))
            return
        # Auto-increment keys are left to the database; every other column is written.
        fields = [f for f in model._meta.concrete_fields if not isinstance(f, AutoFieldMixin)]
        columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
        table = connection.ops.quote_name(model._meta.db_table)
        with (
            connection.cursor() as cursor,
            cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy,
        ):
            for obj in instances:
                copy.write_row(
                    [f.get_db_prep_save(getattr(obj, f.attname), connection) for f in fields]
                )

    @contextlib.contextmanager
    def _indexes_dropped_if_empty(self, table: str):
        """Load an empty table without its secondary indexes, then build them once.

        Maintaining a random-order B-tree row by row is what makes a 10M-row COPY slow;
        building it afterwards is several times faster. The exact definitions are read
        from pg_indexes and re-created in the same transaction (primary key untouched).
        """
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT EXISTS (SELECT 1 FROM {table})")  # noqa: S608 - constant
            if cursor.fetchone()[0]:
                yield
                return
            cursor.execute(
                "SELECT i.indexname, i.indexdef FROM pg_indexes i "
                "WHERE i.tablename = %s AND i.indexname NOT IN ("
                "  SELECT conname FROM pg_constraint WHERE conrelid = %s::regclass AND contype = 'p')",
                [table, table],
            )
            indexes = cursor.fetchall()
            # Foreign keys too: one validating anti-join afterwards instead of a deferred
            # trigger per row.
            cursor.execute(
                "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                "WHERE conrelid = %s::regclass AND contype = 'f'",
                [table],
            )
            foreign_keys = cursor.fetchall()
            qn = connection.ops.quote_name
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # flush pending checks (tests)
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            for name, _ in foreign_keys:
                cursor.execute(f"ALTER TABLE {qn(table)} DROP CONSTRAINT {qn(name)}")
            for name, _ in indexes:
                cursor.execute(f"DROP INDEX {qn(name)}")
        yield
        t = time.monotonic()
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no pending trigger events
            cursor.execute("SET LOCAL maintenance_work_mem = '512MB'")
            for _, definition in indexes:
                cursor.execute(definition)
            for name, definition in foreign_keys:
                cursor.execute(f"ALTER TABLE {qn(table)} ADD CONSTRAINT {qn(name)} {definition}")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")  # Django's default, for the caller
        self._progress(
            f"built {len(indexes)} indexes and {len(foreign_keys)} foreign keys of {table} "
            f"in {time.monotonic() - t:.1f}s"
        )

    def _copy_text(self, table: str, columns: str, lines) -> None:
        with (
            connection.cursor() as cursor,
            cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy,
        ):
            buffer: list[str] = []
            for line in lines:
                buffer.append(line)
                if len(buffer) >= self.batch:
                    copy.write("".join(buffer))
                    buffer.clear()
            if buffer:
                copy.write("".join(buffer))

    # -- skills ----------------------------------------------------------------------------

    def _seed_skills(self, n: int):
        rng, now = self.rng, self.now
        categories = {
            key: Category.objects.get_or_create(key=key, defaults={"name": name, "sort_order": i})[
                0
            ]
            for i, (key, name) in enumerate(CATEGORIES)
        }
        tag_keys = sorted({w for words in SUBJECTS.values() for w in words} | {v for v in VERBS})
        Tag.objects.bulk_create([Tag(key=k, name=k) for k in tag_keys], ignore_conflicts=True)
        tags = dict(Tag.objects.filter(key__in=tag_keys).values_list("key", "pk"))
        source, _ = SkillSource.objects.get_or_create(
            url=SEED_SOURCE_URL,
            defaults={"kind": SkillSource.Kind.CATALOG, "name": "seed-scale (benchmark data)"},
        )
        skills: list[Skill] = []
        versions: list[SkillVersion] = []
        links: list[SkillSourceLink] = []
        tag_rows: list[str] = []
        meta: list[tuple] = []  # (first_seen day offset from the start of the event window)
        used: set[str] = set()
        cat_keys = [k for k, _ in CATEGORIES]
        event_start = now - timedelta(days=EVENT_DAYS)
        for i in range(n):
            cat = cat_keys[int(rng.random() ** 1.6 * len(cat_keys))]
            words = SUBJECTS[cat]
            subject = rng.choice(words)
            other = rng.choice([w for w in words if w != subject])
            verb = rng.choice(VERBS)
            if rng.random() < 0.03:
                cjk_name, cjk_desc = rng.choice(CJK)
                name = f"{cjk_name}-{subject}"
                description = f"{cjk_desc} Works with {subject} and {other}."
            else:
                name = (
                    f"{subject}-{rng.choice(SUFFIXES)}"
                    if rng.random() < 0.5
                    else f"{verb}-{subject}-{other}"
                )
                description = (
                    f"{verb.capitalize()} {subject} projects with {other} support. "
                    f"Use it when you need to {rng.choice(VERBS)} {rng.choice(words)} files, "
                    f"{rng.choice(VERBS)} the {other} setup or {rng.choice(VERBS)} {subject} reports."
                )
            owner = rng.choice(OWNERS)
            repo = f"{rng.choice(['agent', 'claude', 'ai', 'team', 'awesome', 'my'])}-skills"
            slug = f"{owner}/{repo}/{name}"
            if slug in used:
                slug = f"{slug}-{i}"
                name = f"{name}-{i}"
            used.add(slug)
            # First seen: mostly over the last two years, 3% within the last 30 days.
            if rng.random() < 0.03:
                first_seen = now - timedelta(days=rng.random() * 30)
            else:
                first_seen = now - timedelta(days=30 + rng.random() * 700)
            changed = first_seen + (now - first_seen) * rng.random() ** 0.5
            license_ = rng.choice(LICENSES)
            verdict = rng.choice(VERDICTS)
            stars = int(rng.lognormvariate(2.5, 2.0)) if rng.random() < 0.85 else 0
            skill_id, version_id = (
                uuid.UUID(int=rng.getrandbits(128), version=4),
                uuid.UUID(int=rng.getrandbits(128), version=4),
            )
            body = (
                f"# {name}\n\n{description}\n\n## Steps\n\n1. Read the {subject} input.\n"
                f"2. {verb.capitalize()} it with {other}.\n3. Report what changed.\n"
            )
            content_hash = hashlib.sha256(f"{slug}\n{body}".encode()).hexdigest()
            summary = description.split(". ")[0][:299]
            skills.append(
                Skill(
                    id=skill_id,
                    slug=slug,
                    name=name,
                    summary=summary,
                    description=description,
                    description_html=f"<p>{html.escape(description)}</p>\n",
                    category_id=categories[cat].pk,
                    repository_url=f"https://github.com/{owner}/{repo}",
                    repository_owner=owner,
                    repository_name=repo,
                    path=f"skills/{name}",
                    license=license_,
                    license_confidence=(0.0 if not license_ else rng.choice([1.0, 1.0, 0.9, 0.6])),
                    status=Skill.Status.PUBLISHED,
                    is_spec_valid=rng.random() < 0.9,
                    has_scripts=rng.random() < 0.3,
                    security_verdict=verdict,
                    stars=stars,
                    latest_version_id=version_id,
                    first_seen_at=first_seen,
                    last_seen_at=now,
                    last_changed_at=changed,
                    published_at=first_seen,
                    created_at=first_seen,
                    updated_at=now,
                    capabilities={"scripts": 0, "references": 1, "assets": 0, "file_count": 2},
                )
            )
            versions.append(
                SkillVersion(
                    id=version_id,
                    skill_id=skill_id,
                    content_hash=content_hash,
                    commit=content_hash[:40],
                    name=name,
                    description=description,
                    frontmatter={"name": name, "description": description, "license": license_},
                    body=body,
                    body_html=(
                        f"<h1>{html.escape(name)}</h1>\n<p>{html.escape(description)}</p>\n<h2>Steps</h2>\n"
                        f"<ol>\n<li>Read the {subject} input.</li>\n<li>{verb.capitalize()} it with {other}.</li>\n"
                        "<li>Report what changed.</li>\n</ol>\n"
                    ),
                    renderer_version=RENDERER_VERSION,
                    file_manifest=[{"path": "SKILL.md", "size": len(body), "sha256": content_hash}],
                    capabilities={"scripts": 0, "references": 1, "assets": 0, "file_count": 2},
                    license=license_,
                    is_spec_valid=True,
                    is_listable=True,
                    security_verdict=verdict,
                    created_at=changed,
                )
            )
            links.append(
                SkillSourceLink(
                    skill_id=skill_id,
                    source_id=source.pk,
                    path=f"skills/{name}",
                    url=f"https://github.com/{owner}/{repo}/tree/main/skills/{name}",
                    content_hash=content_hash,
                    first_seen_at=first_seen,
                    last_seen_at=now,
                    is_canonical=True,
                )
            )
            for key in {subject, other, rng.choice(words)} if rng.random() < 0.9 else {subject}:
                tag_rows.append(f"{skill_id}\t{tags[key]}\n")
            meta.append(max(0, (first_seen - event_start).days))
        # A few mirrors: copies of earlier skills listed under another owner.
        for i in range(n // 100):
            mirror, canonical = skills[n - 1 - i], skills[self.rng.randrange(0, max(1, n // 2))]
            if mirror.pk != canonical.pk:
                mirror.mirror_of_id = canonical.pk
        with transaction.atomic():
            self._copy_instances(Skill, skills)
            # Bulk loads skip Skill.save(): every skill gets its (empty) sort keys here.
            self._copy_instances(
                SkillSortKey,
                [SkillSortKey(skill_id=s.pk, stars=s.stars, name=s.name) for s in skills],
            )
            self._copy_instances(SkillVersion, versions)
            self._copy_instances(SkillSourceLink, links)
            if self._copy_ok():
                self._copy_text("skills_skill_tags", "skill_id, tag_id", tag_rows)
            else:
                through = Skill.tags.through
                through.objects.bulk_create(
                    [
                        through(skill_id=uuid.UUID(r.split("\t")[0]), tag_id=int(r.split("\t")[1]))
                        for r in tag_rows
                    ],
                    batch_size=500,
                )
        return [s.pk for s in skills], meta

    # -- events ----------------------------------------------------------------------------

    def _seed_events(self, skill_ids: list, first_seen_day: list[int], total: int) -> int:
        rng, now = self.rng, self.now
        n = len(skill_ids)
        order = list(range(n))
        rng.shuffle(order)  # popularity rank is independent of creation order
        base = [0.0] * n
        for rank, idx in enumerate(order):
            base[idx] = 1.0 / (rank + 5) ** 1.07
        risers = set(rng.sample(range(n), max(1, n // 200)))
        actors = [
            hashlib.sha256(f"seed-actor-{i}".encode()).hexdigest()
            for i in range(max(1000, total // 40))
        ]
        bots = [hashlib.sha256(f"seed-bot-{i}".encode()).hexdigest() for i in range(BOT_AGENTS)]
        ids = [str(s) for s in skill_ids]
        hms = [f"{h:02d}:{m:02d}:{s:02d}" for h in range(24) for m in range(60) for s in range(60)]
        start_day = (now - timedelta(days=EVENT_DAYS - 1)).date()
        day_weights = [0.6 + 0.8 * d / (EVENT_DAYS - 1) for d in range(EVENT_DAYS)]
        scale = total / sum(day_weights)
        per_day = [int(w * scale) for w in day_weights]
        per_day[-1] += total - sum(per_day)
        last_hms = now.hour * 3600 + now.minute * 60 + now.second
        counter = itertools.count()
        kind_cols = {
            "view": ("view\tweb",),
            "copy": ("copy\tweb",),
            "download": ("download\tweb",),
            "install": ("install\tcli", "install\tcli", "install\tapi"),
        }
        written = 0

        def day_lines(d: int, cum: list[float], alive: list[int]):
            nonlocal written
            count = per_day[d]
            day = start_day + timedelta(days=d)
            day_str = day.isoformat()
            max_sec = last_hms if d == EVENT_DAYS - 1 else 86399
            secs = sorted(rng.randint(0, max_sec) for _ in range(count))
            picks = rng.choices(alive, cum_weights=cum, k=count)
            kinds = rng.choices(KINDS, weights=KIND_WEIGHTS, k=count)
            randoms = [rng.random() for _ in range(count)]
            n_actors = len(actors)
            for sec, idx, kind, r in zip(secs, picks, kinds, randoms, strict=True):
                cols = kind_cols[kind]
                kc = cols[0] if len(cols) == 1 else cols[int(r * 97) % len(cols)]
                ts = f"{day_str} {hms[sec]}+00"
                if r < 0.03:
                    yield f"{ids[idx]}\t{kc}\t{bots[int(r * 1e6) % BOT_AGENTS]}\t\\N\t\\N\tf\tt\t{ts}\n"
                else:
                    yield f"{ids[idx]}\t{kc}\t{actors[int(r * 1e9) % n_actors]}\t\\N\tseed{next(counter):x}\tt\tf\t{ts}\n"
            written += count

        def all_lines():
            cached_key, cum, alive = None, [], []
            for d in range(EVENT_DAYS):
                boosted = d >= EVENT_DAYS - 14
                newest = sum(1 for s in first_seen_day if s > d)  # skills not seen yet
                key = (boosted, newest)
                if key != cached_key:
                    alive = [i for i in range(n) if first_seen_day[i] <= d]
                    weights = [
                        base[i]
                        * (40.0 if boosted and i in risers else 1.0)
                        * (20.0 if first_seen_day[i] >= EVENT_DAYS - 30 else 1.0)
                        for i in alive
                    ]
                    cum = list(itertools.accumulate(weights))
                    cached_key = key
                if alive:
                    yield from day_lines(d, cum, alive)
                if d % 10 == 9:
                    self._progress(f"events: day {d + 1}/{EVENT_DAYS}, {written} rows")

        columns = "skill_id, kind, channel, actor, client_event_id, dedup_key, counted, is_bot, created_at"
        if self._copy_ok():
            with transaction.atomic(), self._indexes_dropped_if_empty("rankings_skillevent"):
                self._copy_text("rankings_skillevent", columns, all_lines())
            return written
        objs = []
        for line in all_lines():
            sid, kind, channel, actor, _cid, dedup, counted, bot, ts = line.rstrip("\n").split("\t")
            objs.append(
                SkillEvent(
                    skill_id=uuid.UUID(sid),
                    kind=kind,
                    channel=channel,
                    actor=actor,
                    dedup_key=None if dedup == "\\N" else dedup,
                    counted=counted == "t",
                    is_bot=bot == "t",
                    created_at=datetime.fromisoformat(ts.replace("+00", "+00:00")).astimezone(UTC),
                )
            )
            if len(objs) >= 2000:
                SkillEvent.objects.bulk_create(objs, batch_size=500)
                objs.clear()
        SkillEvent.objects.bulk_create(objs, batch_size=500)
        return written
