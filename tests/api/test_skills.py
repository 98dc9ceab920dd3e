"""GET /api/v1/skills and its sub-resources: shapes, search semantics, pagination, caching."""

from __future__ import annotations

import io
import zipfile
from datetime import timedelta

import pytest
from django.utils import timezone

from moderation.models import ScanResult
from skills.models import RawSkill, Skill
from skills.selectors import SkillFilters, skill_search
from tests.api.conftest import make_skill
from tests.factories import (
    CategoryFactory,
    RawSkillFactory,
    SkillPopularityFactory,
    SkillVersionFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db

PAGE_KEYS = {"count", "next", "previous", "results"}
LIST_KEYS = {
    "id",
    "slug",
    "name",
    "summary",
    "category",
    "tags",
    "license",
    "is_spec_valid",
    "has_scripts",
    "security_verdict",
    "stars",
    "installs",
    "repository",
    "updated_at",
    "published_at",
    "url",
    "api_url",
}
REPOSITORY_KEYS = {"full_name", "owner", "name", "url", "path"}
DETAIL_KEYS = LIST_KEYS | {
    "status",
    "description",
    "description_html",
    "skill_type",
    "spec_format",
    "spec_version",
    "capabilities",
    "trigger_hints",
    "license_confidence",
    "first_seen_at",
    "is_gone",
    "popularity",
    "derived_from",
    "source_links",
    "latest_version",
    "install",
}
POPULARITY_KEYS = {
    "installs_total",
    "installs_7d",
    "installs_30d",
    "downloads_total",
    "copies_total",
    "views_total",
    "views_30d",
    "score",
    "trending_score",
    "computed_at",
}
VERSION_KEYS = {
    "content_hash",
    "short_hash",
    "commit",
    "name",
    "created_at",
    "is_spec_valid",
    "security_verdict",
    "risk_score",
    "is_latest",
    "url",
}
VERSION_DETAIL_KEYS = VERSION_KEYS | {
    "description",
    "frontmatter",
    "body",
    "body_html",
    "license",
    "license_confidence",
    "capabilities",
    "problems",
    "files",
    "security_scans",
    "download_url",
}
FILE_KEYS = {"path", "size", "sha256", "is_text", "is_stored", "url"}
SCAN_KEYS = {"engine", "scanner_version", "verdict", "risk_score", "findings", "scanned_at"}
ERROR_KEYS = {"detail", "code"}


def names(response) -> list[str]:
    return [row["name"] for row in response.json()["results"]]


# --- shapes ---------------------------------------------------------------------------


def test_list_page_and_items_have_exactly_the_documented_keys(api):
    make_skill("pdf-tools", category=CategoryFactory(key="documents"))
    body = api.get("/api/v1/skills").json()
    assert set(body) == PAGE_KEYS
    assert body["count"] == 1 and body["next"] is None and body["previous"] is None
    item = body["results"][0]
    assert set(item) == LIST_KEYS
    assert set(item["repository"]) == REPOSITORY_KEYS
    assert item["category"] == {"key": "documents", "name": "Documents"}


def test_detail_shows_everything_the_page_shows(api):
    skill = make_skill("pdf-tools", files={"scripts/run.py": b"print('hi')\n"})
    ScanResult.objects.create(
        version=skill.latest_version,
        scanner_version="1",
        verdict="review",
        risk_score=30,
        findings=[{"rule_id": "net.curl", "severity": "medium"}],
    )
    SkillPopularityFactory(skill=skill, installs_total=7, score=1.5)
    body = api.get(f"/api/v1/skills/{skill.pk}").json()
    assert set(body) == DETAIL_KEYS
    assert set(body["popularity"]) == POPULARITY_KEYS
    assert body["popularity"]["installs_total"] == 7 and body["installs"] == 7
    latest = body["latest_version"]
    assert set(latest) == VERSION_DETAIL_KEYS
    assert {f["path"] for f in latest["files"]} == {"SKILL.md", "scripts/run.py"}
    assert all(set(f) == FILE_KEYS for f in latest["files"])
    assert [set(s) for s in latest["security_scans"]] == [SCAN_KEYS]
    assert latest["security_scans"][0]["findings"][0]["rule_id"] == "net.curl"
    assert body["description"].startswith("Work with pdf-tools")
    assert body["description_html"].startswith("<p>")
    assert "Usage</h" in latest["body_html"] and "<p>Run it.</p>" in latest["body_html"]
    assert latest["frontmatter"]["name"] == "pdf-tools"
    assert body["url"] == f"http://testserver{skill.get_absolute_url()}"
    assert set(body["install"]) == {
        "skills_cli",
        "skills_cli_pinned",
        "version",
        "download_url",
        "download_url_pinned",
    }
    install, content_hash = body["install"], skill.latest_version.content_hash
    assert (
        install["skills_cli"] == "npx skills add http://testserver/r/acme/tools --skill pdf-tools"
    )
    assert install["skills_cli_pinned"] == (
        f"npx skills add http://testserver/r/acme/tools@{content_hash[:12]} --skill pdf-tools"
    )
    assert install["version"] == content_hash
    assert install["download_url_pinned"] == f"{install['download_url']}?version={content_hash}"


def test_detail_by_slug_equals_detail_by_id(api):
    skill = make_skill("pdf-tools")
    by_id = api.get(f"/api/v1/skills/{skill.pk}").json()
    by_slug = api.get("/api/v1/skills/acme/tools/pdf-tools").json()
    assert by_id == by_slug


def test_a_skill_named_like_a_sub_resource_is_still_addressable_by_slug(api):
    versions_skill = make_skill("versions")
    other = make_skill("pdf-tools")
    assert api.get("/api/v1/skills/acme/tools/versions").json()["id"] == str(versions_skill.pk)
    listing = api.get("/api/v1/skills/acme/tools/pdf-tools/versions").json()
    assert listing["results"][0]["content_hash"] == other.latest_version.content_hash


def test_versions_list_and_detail_shapes(api):
    skill = make_skill("pdf-tools")
    body = api.get(f"/api/v1/skills/{skill.slug}/versions").json()
    assert set(body) == PAGE_KEYS
    assert [set(v) for v in body["results"]] == [VERSION_KEYS]
    assert body["results"][0]["is_latest"] is True
    short = skill.latest_version.content_hash[:12]
    detail = api.get(f"/api/v1/skills/{skill.pk}/versions/{short}").json()
    assert set(detail) == VERSION_DETAIL_KEYS
    assert detail["content_hash"] == skill.latest_version.content_hash


def test_pending_versions_are_not_public_but_staff_sees_them(api, staff_api):
    skill = make_skill("pdf-tools")
    pending = SkillVersionFactory(skill=skill)
    RawSkillFactory(version=pending, skill=skill, state=RawSkill.State.PENDING)
    public = [
        v["content_hash"] for v in api.get(f"/api/v1/skills/{skill.pk}/versions").json()["results"]
    ]
    assert public == [skill.latest_version.content_hash]
    assert api.get(f"/api/v1/skills/{skill.pk}/versions/{pending.content_hash}").status_code == 404
    staff = staff_api.get(f"/api/v1/skills/{skill.pk}/versions").json()["results"]
    assert {v["content_hash"] for v in staff} == {
        skill.latest_version.content_hash,
        pending.content_hash,
    }


# --- search semantics -----------------------------------------------------------------


def test_list_uses_the_same_search_as_the_site(api):
    make_skill("pdf-tools", description="Fill and merge PDF forms.")
    make_skill("csv-cleaner", description="Clean CSV files.")
    make_skill("pdf-signer", description="Sign PDF documents.")
    api_names = names(api.get("/api/v1/skills", {"q": "pdf", "size": 100}))
    site_names = [s.name for s in skill_search(query="pdf")]
    assert api_names == site_names
    assert set(api_names) == {"pdf-tools", "pdf-signer"}


def test_filters_narrow_the_list(api):
    docs = CategoryFactory(key="documents")
    tag = TagFactory(key="forms")
    a = make_skill("pdf-tools", category=docs, files={"scripts/run.py": b"x"})
    a.tags.add(tag)
    b = make_skill("csv-cleaner", owner="other", repo="data")
    Skill.objects.filter(pk=b.pk).update(
        license="Apache-2.0", is_spec_valid=False, security_verdict="review"
    )
    c = make_skill("old-skill", age_days=30)
    Skill.objects.filter(pk=c.pk).update(security_verdict="")

    def only(**params):
        return sorted(names(api.get("/api/v1/skills", params)))

    assert only(category="documents") == ["pdf-tools"]
    assert only(tag="forms") == ["pdf-tools"]
    assert only(has_scripts="true") == ["pdf-tools"]
    assert only(has_scripts="false") == ["csv-cleaner", "old-skill"]
    assert only(license="apache-2.0") == ["csv-cleaner"]
    assert only(spec_valid="false") == ["csv-cleaner"]
    assert only(verdict="review") == ["csv-cleaner"]
    assert only(verdict="unscanned") == ["old-skill"]
    assert only(source="other/data") == ["csv-cleaner"]
    since = (timezone.now() - timedelta(days=1)).date().isoformat()
    assert only(updated_since=since) == ["csv-cleaner", "pdf-tools"]
    assert only(category="nothing-here") == []


def test_sorts(api):
    a = make_skill("alpha", age_days=3)
    b = make_skill("bravo", age_days=1)
    c = make_skill("charlie", age_days=2)
    Skill.objects.filter(pk=a.pk).update(stars=5)
    Skill.objects.filter(pk=b.pk).update(stars=50)
    Skill.objects.filter(pk=c.pk).update(stars=10)
    SkillPopularityFactory(skill=c, installs_total=100, trending_score=1.0)
    SkillPopularityFactory(skill=a, installs_total=10, trending_score=9.0)

    def order(sort):
        return names(api.get("/api/v1/skills", {"sort": sort}))

    assert order("name") == ["alpha", "bravo", "charlie"]
    assert order("stars") == ["bravo", "charlie", "alpha"]
    assert order("latest") == ["bravo", "charlie", "alpha"]
    assert order("popular") == ["charlie", "alpha", "bravo"]
    assert order("trending") == ["alpha", "charlie", "bravo"]
    assert order("") == order("popular")  # no query: popular
    for sort in ("relevance", "latest", "popular", "trending", "stars", "name"):
        expected = [s.name for s in skill_search(query="a", filters=SkillFilters(), sort=sort)]
        assert names(api.get("/api/v1/skills", {"q": "a", "sort": sort})) == expected


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"sort": "best"}, "sort"),
        ({"has_scripts": "maybe"}, "has_scripts"),
        ({"spec_valid": "2"}, "spec_valid"),
        ({"verdict": "dangerous"}, "verdict"),
        ({"updated_since": "yesterday"}, "updated_since"),
        ({"source": "not-a-repo"}, "source"),
        ({"page": "0"}, "page"),
        ({"page": "-1"}, "page"),
        ({"page": "x"}, "page"),
        ({"size": "0"}, "size"),
        ({"size": "101"}, "size"),
        ({"size": "abc"}, "size"),
    ],
)
def test_invalid_parameters_answer_400_naming_the_field(api, params, field):
    make_skill("pdf-tools")
    response = api.get("/api/v1/skills", params)
    assert response.status_code == 400
    body = response.json()
    assert set(body) == ERROR_KEYS | {"errors"}
    assert field in body["errors"]
    assert field in body["detail"]


# --- pagination -----------------------------------------------------------------------


def test_pagination_links_and_edges(api):
    for n in range(5):
        make_skill(f"skill-{n}")
    first = api.get("/api/v1/skills", {"size": 2, "sort": "name"}).json()
    assert first["count"] == 5
    assert [r["name"] for r in first["results"]] == ["skill-0", "skill-1"]
    assert first["previous"] is None
    assert first["next"] == "http://testserver/api/v1/skills?page=2&size=2&sort=name"
    second = api.get(first["next"]).json()
    assert [r["name"] for r in second["results"]] == ["skill-2", "skill-3"]
    assert second["previous"] == "http://testserver/api/v1/skills?size=2&sort=name"
    last = api.get("/api/v1/skills", {"size": 2, "page": 3, "sort": "name"}).json()
    assert [r["name"] for r in last["results"]] == ["skill-4"] and last["next"] is None
    past = api.get("/api/v1/skills", {"size": 2, "page": 4})
    assert past.status_code == 404
    assert past.json() == {"detail": "Invalid page: past the last page.", "code": "invalid_page"}
    assert api.get("/api/v1/skills", {"size": 100}).json()["count"] == 5
    assert api.get("/api/v1/skills", {"size": 1}).json()["count"] == 5


def test_an_empty_catalogue_has_a_first_page(api):
    assert api.get("/api/v1/skills").json() == {
        "count": 0,
        "next": None,
        "previous": None,
        "results": [],
    }


def test_count_saturates_at_the_cap(api, monkeypatch):
    from marketplace.api import ApiPagination

    monkeypatch.setattr(ApiPagination, "COUNT_CAP", 3)
    for n in range(5):
        make_skill(f"skill-{n}")
    body = api.get("/api/v1/skills", {"size": 2}).json()
    assert body["count"] == 3


def test_a_search_count_saturates_at_the_search_cap(api, monkeypatch):
    from marketplace.api import ApiPagination

    monkeypatch.setattr(ApiPagination, "SEARCH_COUNT_CAP", 2)
    for n in range(5):
        make_skill(f"pdf-skill-{n}")
    assert api.get("/api/v1/skills", {"q": "pdf", "size": 2}).json()["count"] == 2
    assert api.get("/api/v1/skills", {"size": 2}).json()["count"] == 5


# --- 404s -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/skills/00000000-0000-0000-0000-000000000000",
        "/api/v1/skills/nobody/nothing/none",
        "/api/v1/skills/just-a-name",
        "/api/v1/skills/a/b/c/d/e",
        "/api/v1/skills/00000000-0000-0000-0000-000000000000/versions",
        "/api/v1/skills/00000000-0000-0000-0000-000000000000/download",
        "/api/v1/nothing-here",
    ],
)
def test_unknown_things_answer_json_404(api, path):
    response = api.get(path)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert set(response.json()) == ERROR_KEYS


def test_hidden_skills_are_404_for_the_public_and_visible_to_staff(api, staff_api):
    skill = make_skill("pdf-tools")
    Skill.objects.filter(pk=skill.pk).update(status=Skill.Status.HIDDEN)
    assert api.get(f"/api/v1/skills/{skill.pk}").status_code == 404
    assert api.get("/api/v1/skills").json()["count"] == 0
    assert staff_api.get(f"/api/v1/skills/{skill.pk}").json()["status"] == "hidden"


def test_unknown_version_and_file_are_404(api):
    skill = make_skill("pdf-tools")
    assert (
        api.get(f"/api/v1/skills/{skill.pk}/versions/abcdef0").json()["code"] == "version_not_found"
    )
    assert api.get(f"/api/v1/skills/{skill.pk}/versions/zz").status_code == 404
    assert api.get(f"/api/v1/skills/{skill.pk}/files/nope.md").json()["code"] == "file_not_found"
    assert api.get(f"/api/v1/skills/{skill.pk}/files/SKILL.md?version=abcdef0").status_code == 404


# --- files, downloads and HTTP caching ------------------------------------------------


def test_text_files_are_plain_text_and_never_sniffed(api):
    skill = make_skill("pdf-tools", files={"references/page.html": b"<script>alert(1)</script>"})
    response = api.get(f"/api/v1/skills/{skill.slug}/files/references/page.html")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "Content-Disposition" not in response
    assert response.content == b"<script>alert(1)</script>"


def test_binary_files_are_attachments(api):
    data = b"\x89PNG\r\n\x1a\n\0\0\0rest"
    skill = make_skill("pdf-tools", files={"assets/logo.png": data, "assets/tool.bin": b"\0\1\2"})
    png = api.get(f"/api/v1/skills/{skill.pk}/files/assets/logo.png")
    assert png.content == data
    assert png["Content-Type"] == "image/png"
    assert png["Content-Disposition"] == 'attachment; filename="logo.png"'
    other = api.get(f"/api/v1/skills/{skill.pk}/files/assets/tool.bin")
    assert other["Content-Type"] == "application/octet-stream"
    assert other["X-Content-Type-Options"] == "nosniff"


def test_files_of_an_older_approved_version(api):
    skill = make_skill("pdf-tools")
    old = skill.latest_version
    RawSkillFactory(version=old, skill=skill, state=RawSkill.State.APPROVED)
    from skills.models import SkillFile
    from skills.services import skill_publish_version
    from skills.storage import blob_put

    new = SkillVersionFactory(skill=skill)
    digest, key = blob_put(b"---\nname: pdf-tools\ndescription: New.\n---\nNew body\n")
    SkillFile.objects.create(version=new, path="SKILL.md", size=10, sha256=digest, storage_key=key)
    skill_publish_version(skill=skill, version=new)
    latest = api.get(f"/api/v1/skills/{skill.pk}/files/SKILL.md")
    assert b"New body" in latest.content
    older = api.get(f"/api/v1/skills/{skill.pk}/files/SKILL.md", {"version": old.content_hash[:10]})
    assert b"Run it." in older.content


def test_files_and_versions_answer_304_to_a_matching_etag(api):
    skill = make_skill("pdf-tools")
    for url in (
        f"/api/v1/skills/{skill.pk}/files/SKILL.md",
        f"/api/v1/skills/{skill.pk}/versions",
        f"/api/v1/skills/{skill.pk}/versions/{skill.latest_version.content_hash}",
        f"/api/v1/skills/{skill.pk}",
    ):
        first = api.get(url)
        assert first.status_code == 200
        assert first["ETag"].startswith('"') and first["Last-Modified"]
        again = api.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
        assert again.status_code == 304, url
        assert again["ETag"] == first["ETag"]
        assert again.content == b""


def test_download_is_a_zip_of_the_version(api):
    pytest.importorskip("skills.ingestion.archives")
    files = {"scripts/run.py": b"print(1)\n", "assets/logo.png": b"\x89PNG\0"}
    skill = make_skill("pdf-tools", files=files)
    response = api.get(f"/api/v1/skills/{skill.pk}/download")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert "attachment" in response["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    contents = {
        n.split("/", 1)[1]: archive.read(n) for n in archive.namelist() if not n.endswith("/")
    }
    assert contents["scripts/run.py"] == files["scripts/run.py"]
    assert contents["assets/logo.png"] == files["assets/logo.png"]
    assert "SKILL.md" in contents
    again = api.get(f"/api/v1/skills/{skill.pk}/download", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


# --- query budgets --------------------------------------------------------------------


@pytest.mark.parametrize("count", [3, 30])
def test_list_runs_a_fixed_number_of_queries(api, django_assert_max_num_queries, count):
    docs = CategoryFactory(key="documents")
    tags = [TagFactory(key=f"t{n}") for n in range(3)]
    for n in range(count):
        skill = make_skill(f"skill-{n}", category=docs)
        skill.tags.add(*tags)
        SkillPopularityFactory(skill=skill, installs_total=n)
    with django_assert_max_num_queries(5):
        body = api.get("/api/v1/skills", {"size": 100}).json()
    assert len(body["results"]) == count
    with django_assert_max_num_queries(5):
        api.get("/api/v1/skills", {"size": 100, "q": "skill", "tag": "t1", "sort": "relevance"})


@pytest.mark.parametrize("count", [2, 20])
def test_versions_list_runs_a_fixed_number_of_queries(api, django_assert_max_num_queries, count):
    skill = make_skill("pdf-tools")
    for _ in range(count):
        RawSkillFactory(
            version=SkillVersionFactory(skill=skill), skill=skill, state=RawSkill.State.APPROVED
        )
    with django_assert_max_num_queries(5):
        body = api.get(f"/api/v1/skills/{skill.pk}/versions", {"size": 100}).json()
    assert body["count"] == count + 1


def test_detail_runs_a_fixed_number_of_queries(api, django_assert_max_num_queries):
    skill = make_skill("pdf-tools", files={f"references/{n}.md": b"x" for n in range(20)})
    skill.tags.add(*[TagFactory(key=f"t{n}") for n in range(5)])
    ScanResult.objects.create(version=skill.latest_version, scanner_version="1", verdict="pass")
    SkillPopularityFactory(skill=skill)
    with django_assert_max_num_queries(5):  # the skill, tags, sources, files, scans
        assert api.get(f"/api/v1/skills/{skill.slug}").status_code == 200


def test_authenticated_answers_are_never_publicly_cacheable(api, staff_api):
    skill = make_skill("pdf-tools")
    for url in (f"/api/v1/skills/{skill.pk}", f"/api/v1/skills/{skill.pk}/files/SKILL.md"):
        assert api.get(url)["Cache-Control"].startswith("public")
        assert staff_api.get(url)["Cache-Control"].startswith("private")


def test_list_urls_equal_the_canonical_urls(api):
    from skills.api.serializers import skill_api_url, skill_html_url

    skill = make_skill("pdf-tools")
    Skill.objects.filter(pk=skill.pk).update(slug="acme/tools/odd name+ü")
    skill.refresh_from_db()
    row = api.get("/api/v1/skills").json()["results"][0]
    request = api.get("/api/v1/skills").wsgi_request
    assert row["url"] == skill_html_url(request, skill)
    assert row["api_url"] == skill_api_url(request, skill)
