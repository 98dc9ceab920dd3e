"""Benchmark the JSON API on a big catalogue: list/search latency, count cost, renderers.

Run against a scratch database (it creates rows; --reset deletes every skill first):

    createdb -h 127.0.0.1 -U postgres api_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/api_bench .venv/bin/python manage.py migrate
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/api_bench \\
        .venv/bin/python scripts/bench_api.py --skills 100000

Prints one line per measurement: median and p95 wall time over --repeat runs of the
in-process request (Django test client: routing, DRF, SQL, serialisation, rendering).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings")

WORDS = [
    "pdf",
    "docx",
    "excel",
    "slides",
    "chart",
    "data",
    "csv",
    "sql",
    "git",
    "review",
    "test",
    "deploy",
    "docker",
    "k8s",
    "api",
    "design",
    "brand",
    "email",
    "slack",
    "notes",
    "research",
    "paper",
    "math",
    "code",
    "lint",
    "format",
    "translate",
]


def seed(n: int, *, reset: bool) -> None:
    from django.db import transaction
    from django.utils import timezone

    from rankings.models import SkillPopularity
    from skills.models import Category, Skill, SkillSortKey, Tag
    from skills.search import search_index_update

    if reset:
        Skill.objects.all().delete()
    existing = Skill.objects.count()
    if existing >= n:
        print(f"seed: {existing} skills already present")
        return
    rng = random.Random(42)
    categories = [
        Category.objects.get_or_create(key=f"cat-{i}", defaults={"name": f"Cat {i}"})[0]
        for i in range(12)
    ]
    tags = [Tag.objects.get_or_create(key=w, defaults={"name": w})[0] for w in WORDS]
    now = timezone.now()
    started = time.perf_counter()
    batch = 5000
    for offset in range(existing, n, batch):
        skills = []
        for i in range(offset, min(n, offset + batch)):
            a, b = rng.sample(WORDS, 2)
            name = f"{a}-{b}-{i}"
            skills.append(
                Skill(
                    slug=f"owner{i % 997}/repo{i % 50}/{name}",
                    name=name,
                    summary=f"Helps with {a} and {b}.",
                    description=f"Helps with {a} and {b}. Use it when working on {a} {b} tasks.",
                    repository_owner=f"owner{i % 997}",
                    repository_name=f"repo{i % 50}",
                    repository_url=f"https://github.com/owner{i % 997}/repo{i % 50}",
                    category=categories[i % len(categories)],
                    status=Skill.Status.PUBLISHED,
                    license=rng.choice(["MIT", "Apache-2.0", ""]),
                    is_spec_valid=rng.random() > 0.1,
                    has_scripts=rng.random() > 0.6,
                    security_verdict=rng.choice(["pass", "review", ""]),
                    stars=rng.randint(0, 5000),
                    published_at=now,
                    last_changed_at=now - timezone.timedelta(days=rng.randint(0, 400)),
                )
            )
        with transaction.atomic():
            created = Skill.objects.bulk_create(skills)
            popularity = [
                SkillPopularity(
                    skill=s, installs_total=rng.randint(0, 10000), trending_score=rng.random()
                )
                for s in created
            ]
            SkillPopularity.objects.bulk_create(popularity)
            # Bulk creates skip Skill.save(): the listings' sort keys, as compute_rankings writes them.
            SkillSortKey.objects.bulk_create(
                [
                    SkillSortKey(
                        skill=p.skill,
                        installs_total=p.installs_total,
                        trending_score=p.trending_score,
                        stars=p.skill.stars,
                        name=p.skill.name,
                    )
                    for p in popularity
                ]
            )
            through = Skill.tags.through
            through.objects.bulk_create(
                [through(skill_id=s.pk, tag_id=t.pk) for s in created for t in rng.sample(tags, 3)]
            )
        print(
            f"seed: {offset + len(skills)}/{n} ({time.perf_counter() - started:.0f}s)", flush=True
        )
    search_index_update()
    print(f"seed: search index built ({time.perf_counter() - started:.0f}s)")


def timed(fn, repeat: int) -> tuple[float, float]:
    fn()  # warm up
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[max(0, int(len(samples) * 0.95) - 1)]


def bench(repeat: int) -> None:
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from rest_framework.renderers import JSONRenderer
    from rest_framework.settings import api_settings

    from marketplace.api import OrjsonRenderer
    from skills.models import Skill

    rates = settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]
    rates.update({k: "1000000/min" for k in rates})  # in place: DRF keeps a reference
    api_settings.reload()
    settings.ALLOWED_HOSTS = ["*"]
    client = Client()
    total = Skill.objects.published().count()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"database: {connection.vendor}, published skills: {total}, "
        f"load average {load:.1f} on {os.cpu_count()} CPUs"
    )
    urls = [
        "/api/v1/skills",
        "/api/v1/skills?size=100",
        "/api/v1/skills?sort=latest&size=100",
        "/api/v1/skills?sort=stars&page=50",
        "/api/v1/skills?q=pdf",
        "/api/v1/skills?q=pdf+chart&size=100",
        "/api/v1/skills?q=pfd",  # typo: trigram
        "/api/v1/skills?category=cat-3&has_scripts=true&sort=popular",
        "/api/v1/skills?tag=docker&license=MIT",
        "/api/v1/taxonomy/categories",
        "/api/v1/taxonomy/tags",
        f"/api/v1/skills/{Skill.objects.published().values_list('slug', flat=True).first()}",
    ]
    for url in urls:
        status = client.get(url).status_code
        median, p95 = timed(lambda url=url: client.get(url), repeat)
        print(f"GET {url:<60} {status}  median {median:7.1f} ms  p95 {p95:7.1f} ms")

    # The count the paginator runs: capped vs exact, on the unfiltered list and a search.
    from skills.selectors import skill_search

    for label, qs in (("all", skill_search()), ("q=pdf", skill_search(query="pdf"))):
        exact = timed(lambda qs=qs: qs.order_by().count(), repeat)[0]
        capped = timed(lambda qs=qs: qs.order_by()[:10_000].count(), repeat)[0]
        print(f"count {label:<8} exact {exact:7.1f} ms   capped at 10k {capped:7.1f} ms")

    # Rendering only: the data of a 100-row page through both renderers.
    data = client.get("/api/v1/skills?size=100").json()
    for renderer in (JSONRenderer(), OrjsonRenderer()):
        median, _ = timed(lambda r=renderer: r.render(data), repeat * 10)
        print(f"render 100 rows with {type(renderer).__name__:<15} median {median:6.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skills", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--reset", action="store_true")
    parser.add_argument("--no-seed", action="store_true")
    args = parser.parse_args()

    import django

    django.setup()
    if not args.no_seed:
        seed(args.skills, reset=args.reset)
    bench(args.repeat)


if __name__ == "__main__":
    main()
