"""What the uncached pages and API answers say, byte for byte, to compare two versions of the
code: a change that only makes rendering faster must leave every answer as it was.

    DATABASE_URL=... .venv/bin/python scripts/bench/page_snapshot.py DIR      # write DIR/*
    DATABASE_URL=... .venv/bin/python scripts/bench/page_snapshot.py DIR --compare OLD

Renders, in-process with the production settings and the caches off (as cpu_profile.py):
home, the 50 benchmark searches (page and API), every category page, sorted and filtered
lists, deep pages, tag and repository pages, 40 skill pages (also ?version=), API lists and
details, the other pages on base.html (rankings, categories, submit, security, a 404, file
pages), in English and Korean; `--staff` signed in as staff, with a message shown. Per-request values (CSRF tokens, CSP nonces) are replaced
by fixed markers before the bytes are stored. `--compare` lists every answer that differs
and exits 1 if any does; answers that differ only in the white space between two tags
(which changes no element and no text) are counted apart.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cpu_profile  # noqa: F401 - sets up Django with the production settings
from django.test import Client
from queries import SEARCH_QUERIES

_VOLATILE = [
    (
        re.compile(rb'name="csrfmiddlewaretoken" value="[^"]+"'),
        b'name="csrfmiddlewaretoken" value="T"',
    ),
    (re.compile(rb'nonce="[^"]+"'), b'nonce="N"'),
    (re.compile(rb"pagecache-(csrf|nonce)-[0-9a-f]+"), b"pagecache-marker"),
]


_BETWEEN_TAGS = re.compile(rb">\s+<")


def paths() -> list[str]:
    from skills.models import Category, Skill, SkillVersion, Tag

    skills = list(Skill.objects.published().order_by("pk").values_list("slug", "pk")[:40])
    cats = list(Category.objects.filter(is_active=True).values_list("key", flat=True))
    tags = list(Tag.objects.order_by("key").values_list("key", flat=True)[:5])
    repos = list(
        Skill.objects.published()
        .exclude(repository_owner="")
        .order_by("pk")
        .values_list("repository_owner", "repository_name")[:3]
    )
    out = ["/", "/skills/", "/skills/?page=3", "/skills/?page=12", "/categories/"]
    for q in SEARCH_QUERIES:
        out.append(f"/skills/?q={quote(q)}")
        out.append(f"/api/v1/skills?q={quote(q)}")
    for q in SEARCH_QUERIES[:8]:
        out.append(f"/skills/?q={quote(q)}&lang=ko")
        out.append(f"/skills/?q={quote(q)}&page=2")
        out.append(f"/api/v1/skills?q={quote(q)}&size=100")
    for sort in ("popular", "trending", "new", "latest", "stars", "name"):
        out.append(f"/skills/?sort={sort}")
        out.append(f"/api/v1/skills?sort={sort}")
    out += [
        "/skills/?scripts=yes&verdict=pass",
        "/skills/?q=pdf&category=documents",
        "/skills/?q=zzzzqqq",
        "/skills/?q=kubernets&lang=ko",
        "/api/v1/skills?page=30&size=50",
        "/api/v1/skills?has_scripts=true&verdict=review",
        "/api/v1/skills?q=zzzzqqq",
        "/?lang=ko",
    ]
    for c in cats:
        out.append(f"/categories/{c}/")
        out.append(f"/categories/{c}/?page=2&lang=ko")
    out += [f"/tags/{t}/" for t in tags]
    out += [f"/repos/{quote(o)}/{quote(r)}/" for o, r in repos]
    for slug, pk in skills:
        out.append(f"/s/{quote(slug, safe='/')}/")
        out.append(f"/api/v1/skills/{pk}")
    for slug, _pk in skills[:5]:
        out.append(f"/s/{quote(slug, safe='/')}/?lang=ko")
    old = (
        SkillVersion.objects.filter(skill__status="published")
        .exclude(skill__latest_version=models_f("pk"))
        .select_related("skill")
        .order_by("pk")[:3]
    )
    for v in old:
        out.append(f"/s/{quote(v.skill.slug, safe='/')}/?version={v.content_hash[:12]}")
    # Every other page on base.html (its chrome: header, navigation, language menu, footer)
    for page in ("/categories/", "/rankings/", "/rankings/trending/", "/rankings/new/"):
        out += [page, f"{page}?lang=ko"]
    out += ["/rankings/how/", "/submit/", "/submit/?lang=ko", "/security/", "/no-such-page/"]
    out += [f"/rankings/category/{c}/" for c in cats[:2]]
    files = (
        SkillVersion.objects.filter(skill__status="published", files__isnull=False)
        .values_list("skill__slug", "files__path")
        .order_by("skill__slug", "files__path")[:3]
    )
    out += [f"/s/{quote(slug, safe='/')}/-/files/{quote(path)}" for slug, path in files]
    return out


def models_f(name):
    from django.db.models import F

    return F(name)


def normalise(body: bytes) -> bytes:
    for pattern, fixed in _VOLATILE:
        body = pattern.sub(fixed, body)
    return body


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("dir", type=Path)
    parser.add_argument("--compare", type=Path)
    parser.add_argument(
        "--staff",
        action="store_true",
        help="signed in as a staff account (page-snapshot-staff, made if missing: writes "
        "one user to the database), with a message waiting on the first page",
    )
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    client = Client(HTTP_USER_AGENT="page-snapshot/1", REMOTE_ADDR="127.0.0.1")
    if args.staff:
        from django.contrib.auth import get_user_model

        staff, _made = get_user_model().objects.get_or_create(
            username="page-snapshot-staff", defaults={"is_staff": True}
        )
        client.force_login(staff)
    index = []
    answers = paths()
    if args.staff:
        from skills.models import Skill

        slug = Skill.objects.published().order_by("pk").values_list("slug", flat=True).first()
        if slug:  # a report without a reason: nothing stored, an error message for "/"
            client.post(f"/s/{quote(slug, safe='/')}/-/report", {})
    for path in answers:
        response = client.get(path, follow=False)
        body = normalise(f"{response.status_code}\n".encode() + response.content)
        name = hashlib.sha256(path.encode()).hexdigest()[:16]
        (args.dir / name).write_bytes(body)
        index.append(f"{name} {path}")
    (args.dir / "INDEX").write_text("\n".join(index) + "\n")
    print(f"{len(index)} answers in {args.dir}")
    if not args.compare:
        return 0
    differ = spaces = 0
    for line in index:
        name, path = line.split(" ", 1)
        old = args.compare / name
        if not old.exists():
            print(f"only new: {path}")
            differ += 1
            continue
        before, after = old.read_bytes(), (args.dir / name).read_bytes()
        if before == after:
            continue
        if _BETWEEN_TAGS.sub(b"><", before) == _BETWEEN_TAGS.sub(b"><", after):
            spaces += 1  # the same elements and text: only the blank space between tags moved
            continue
        print(f"differs: {path}  (diff {old} {args.dir / name})")
        differ += 1
    print(f"{differ} of {len(index)} differ; {spaces} differ only in white space between tags")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
