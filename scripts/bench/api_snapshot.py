"""What the JSON API answers, byte for byte (status, the headers a client reads, the body), to
compare two versions of the code: a change that only makes answers cheaper must leave every
one as it was. page_snapshot.py covers the HTML pages and a few API answers; this covers every
query parameter the API documents, its errors, and anonymous and staff views.

    DATABASE_URL=... .venv/bin/python scripts/bench/api_snapshot.py DIR      # write DIR/*
    DATABASE_URL=... .venv/bin/python scripts/bench/api_snapshot.py DIR --compare OLD

In-process with the production settings and the caches off (as cpu_profile.py). Asked for:
the skill list with each filter, sort, page and size (valid and invalid values, alone and
with a query), the 50 benchmark searches, details by id and by slug (anonymous, staff,
unknown keys, conditional GETs), version lists and versions (the skills with the most
versions, files and scans first: demo data has them, seeded data mostly not), taxonomy and
health. Per-request headers (CSP nonces, rate-limit counters) are not compared.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path
from urllib.parse import quote, urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cpu_profile  # noqa: F401 - sets up Django with the production settings
from django.test import Client
from queries import SEARCH_QUERIES

HEADERS = (
    "Content-Type",
    "ETag",
    "Last-Modified",
    "Cache-Control",
    "Vary",
    "Allow",
    "Content-Language",
    "Location",
    "Content-Disposition",
)

LIST_PARAMS = {
    "category": ["testing", "documents", "nope"],
    "tag": ["python", "jest", "nope"],
    "source": ["acme/tools", "pixelworks/team-skills", "bad", "a/b/c"],
    "has_scripts": ["true", "false", "yes", "0", "maybe"],
    "license": ["MIT", "apache-2.0", "none"],
    "spec_valid": ["true", "false", "x"],
    "verdict": ["pass", "review", "fail", "unscanned", "bad"],
    "updated_since": ["2026-06-01", "2026-06-01T12:00:00+02:00", "2026-06-01T12:00:00Z", "x"],
    "sort": ["relevance", "popular", "trending", "latest", "new", "stars", "name", "bad"],
    "page": ["1", "2", "0", "x", "100000"],
    "size": ["1", "7", "100", "0", "101", "x"],
    "categry": ["x"],  # unknown parameter: 400
}


def _q(params: dict) -> str:
    return "?" + urlencode(params) if params else ""


def paths() -> list[tuple[str, str]]:
    """(who, path): who is "anon" or "staff"."""
    from django.db.models import Count

    from skills.models import Category, Skill

    out: list[str] = ["/api/v1/health", "/api/v1/", "/api/v1/skills"]
    cats = list(Category.objects.order_by("pk").values_list("pk", "key")[:3])
    for name, values in LIST_PARAMS.items():
        for value in values:
            out.append("/api/v1/skills" + _q({name: value}))
            out.append("/api/v1/skills" + _q({"q": "review", name: value}))
    for pk, key in cats:
        out += [
            f"/api/v1/skills?category_id={pk}",
            f"/api/v1/skills?category_id={key}&size=50",
            f"/api/v1/skills?category_id={pk}&category={key}",
            f"/api/v1/skills?category_id={pk}&category=other",
            f"/api/v1/skills?q=pdf&category={key}&sort=stars",
        ]
    out += ["/api/v1/skills?category_id=999999", "/api/v1/skills?page=30&size=50"]
    out += [
        "/api/v1/skills?has_scripts=true&verdict=review&sort=latest&size=30",
        "/api/v1/skills?q=pdf&license=MIT&spec_valid=true&page=2&size=5",
        "/api/v1/skills?q=git&updated_since=2026-01-01&sort=new",
        "/api/v1/skills?q=&sort=relevance",
        "/api/v1/skills?q=zzzzqqq",
        "/api/v1/skills?size=100&page=3",
        "/api/v1/skills?page=250",  # deep: ids first (marketplace.paging)
    ]
    for q in SEARCH_QUERIES:
        out.append("/api/v1/skills" + _q({"q": q}))
    for q in SEARCH_QUERIES[:10]:
        out.append("/api/v1/skills" + _q({"q": q, "size": 100}))
        out.append("/api/v1/skills" + _q({"q": q, "page": 2, "size": 10}))
        out.append("/api/v1/skills" + _q({"q": q, "sort": "popular"}))
    rich = list(
        Skill.objects.annotate(n=Count("versions"))
        .order_by("-n", "pk")
        .values_list("pk", "slug")[:15]
    )
    plain = list(Skill.objects.published().order_by("pk").values_list("pk", "slug")[:40])
    hidden = list(
        Skill.objects.exclude(status="published").order_by("pk").values_list("pk", "slug")[:5]
    )
    derived = list(
        Skill.objects.filter(derived_from__isnull=False)
        .order_by("pk")
        .values_list("pk", "slug")[:5]
    )
    for pk, slug in rich + plain + derived + hidden:
        out.append(f"/api/v1/skills/{pk}")
        out.append(f"/api/v1/skills/{quote(slug, safe='/')}")
    for pk, _slug in rich[:8] + plain[:4]:
        out.append(f"/api/v1/skills/{pk}/versions")
        out.append(f"/api/v1/skills/{pk}/versions?size=1&page=2")
    from skills.models import SkillVersion

    for v in SkillVersion.objects.filter(skill_id__in=[pk for pk, _ in rich[:8]]).order_by("pk")[
        :20
    ]:
        out.append(f"/api/v1/skills/{v.skill_id}/versions/{v.content_hash}")
        out.append(f"/api/v1/skills/{v.skill_id}/versions/{v.content_hash[:9]}")
    out += [
        "/api/v1/skills/00000000-0000-4000-8000-000000000000",
        "/api/v1/skills/no/such/skill",
        "/api/v1/skills/not-a-key",
        "/api/v1/taxonomy/categories",
        "/api/v1/taxonomy/tags",
        "/api/v1/taxonomy/tags?size=5&page=2",
    ]
    staff = [p for p in out if p.startswith("/api/v1/skills")][::7]
    staff += [f"/api/v1/skills/{pk}" for pk, _ in hidden + rich[:5]]
    return [("anon", p) for p in out] + [("staff", p) for p in staff]


def answer(client: Client, path: str, **extra) -> bytes:
    r = client.get(path, **extra)
    lines = [str(r.status_code)]
    lines += [f"{h}: {r[h]}" for h in HEADERS if r.has_header(h)]
    return "\n".join(lines).encode() + b"\n\n" + r.content


def main() -> int:
    from django.contrib.auth import get_user_model

    parser = argparse.ArgumentParser()
    parser.add_argument("dir", type=Path)
    parser.add_argument("--compare", type=Path)
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    anon = Client(HTTP_USER_AGENT="api-snapshot/1", REMOTE_ADDR="127.0.0.1")
    staff = Client(HTTP_USER_AGENT="api-snapshot/1", REMOTE_ADDR="127.0.0.2")
    user, _ = get_user_model().objects.get_or_create(
        username="api-snapshot-staff", defaults={"is_staff": True}
    )
    staff.force_login(user)
    index = []
    for who, path in paths():
        client = anon if who == "anon" else staff
        bodies = [answer(client, path)]
        if who == "anon" and "/api/v1/skills/" in path and "/versions" not in path:
            etag = client.get(path).get("ETag")
            if etag:
                bodies.append(answer(client, path, HTTP_IF_NONE_MATCH=etag))
            bodies.append(answer(client, path, HTTP_ACCEPT="text/html"))
        key = f"{who} {path}"
        name = hashlib.sha256(key.encode()).hexdigest()[:16]
        (args.dir / name).write_bytes(b"\n\n=====\n\n".join(bodies))
        index.append(f"{name} {key}")
    (args.dir / "INDEX").write_text("\n".join(index) + "\n")
    print(f"{len(index)} answers in {args.dir}")
    if not args.compare:
        return 0
    differ = 0
    for line in index:
        name, key = line.split(" ", 1)
        old = args.compare / name
        if not old.exists():
            print(f"only new: {key}")
            differ += 1
        elif old.read_bytes() != (args.dir / name).read_bytes():
            print(f"differs: {key}  (diff {old} {args.dir / name})")
            differ += 1
    print(f"{differ} of {len(index)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
