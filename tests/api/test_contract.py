"""The API's contract for clients: index, schema rules for generated clients, CORS,
RateLimit headers, the OAuth2-style login, `category_id` and strict query parameters."""

from __future__ import annotations

import pytest
import yaml
from django.test import Client

from tests.api.conftest import make_skill
from tests.factories import CategoryFactory

pytestmark = pytest.mark.django_db

PASSWORD = "moderator-pass-123"


@pytest.fixture
def schema(client) -> dict:
    response = client.get("/api/schema/")
    assert response.status_code == 200
    return yaml.safe_load(response.content)


def _operations(schema: dict):
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            if method != "parameters":
                yield path, method, operation


# --- Index and docs link -------------------------------------------------------------------


def test_api_root_lists_the_endpoints_with_links_to_docs_and_schema(client):
    response = client.get("/api/v1/")
    assert response.status_code == 200
    body = response.json()
    assert body["docs"] == "http://testserver/api/docs/"
    assert body["schema"] == "http://testserver/api/schema/"
    by_name = {e["name"]: e for e in body["endpoints"]}
    assert by_name["skills"]["url"] == "http://testserver/api/v1/skills"
    assert by_name["login"]["url"] == "http://testserver/api/v1/admin/login"
    for entry in body["endpoints"]:
        assert entry["url"].startswith("http://testserver/") and entry["description"]


def test_footer_links_to_the_api_docs(client):
    page = client.get("/").content.decode()
    assert '<a href="/api/docs/">API</a>' in page
    assert client.get("/api/docs/").status_code == 200


# --- Schema rules for generated clients ----------------------------------------------------


def test_request_bodies_are_json_except_the_oauth2_login_form(schema):
    for path, method, operation in _operations(schema):
        body = operation.get("requestBody")
        if body is None:
            continue
        types = set(body["content"])
        if operation["operationId"] == "admin_login":
            assert types == {"application/x-www-form-urlencoded"}
        else:
            assert types == {"application/json"}, (method, path)


def test_request_models_never_require_read_only_fields(schema):
    token_request = schema["components"]["schemas"]["TokenObtainPairRequest"]
    assert set(token_request["required"]) == {"username", "password"}
    assert "access" not in token_request["properties"]
    login = schema["components"]["schemas"]["LoginRequest"]
    assert set(login["required"]) == {"username", "password"}


def test_only_operations_that_need_credentials_carry_a_security_requirement(schema):
    for path, method, operation in _operations(schema):
        staff_only = path.startswith("/api/v1/admin/") and operation["operationId"] != "admin_login"
        if staff_only or operation["operationId"] == "auth_logout_all":
            assert operation["security"] == [{"jwtAuth": []}, {"cookieAuth": []}], path
        else:
            assert "security" not in operation, (method, path)


def test_every_throttled_operation_documents_429_and_ready_is_documented(schema):
    unthrottled = {"health", "ready"}
    ids = set()
    for _path, _method, operation in _operations(schema):
        ids.add(operation["operationId"])
        if operation["operationId"] not in unthrottled:
            assert "429" in operation["responses"], operation["operationId"]
    assert {"ready", "api_index", "admin_login", "admin_me"} <= ids


# --- CORS ----------------------------------------------------------------------------------

ORIGIN = "https://tools.example"


def test_public_reads_allow_any_origin_without_credentials(client):
    make_skill("pdf-tools")
    for url in (
        "/api/v1/skills",
        "/api/v1/skills/acme/tools/pdf-tools",
        "/api/v1/taxonomy/categories",
        "/api/v1/",
        "/api/schema/",
    ):
        response = client.get(url, HTTP_ORIGIN=ORIGIN)
        assert response.status_code == 200, url
        assert response["Access-Control-Allow-Origin"] == "*", url
        assert "Access-Control-Allow-Credentials" not in response
        assert "RateLimit" in response["Access-Control-Expose-Headers"]


def test_preflight_allows_reads_only(client):
    read = client.options(
        "/api/v1/skills", HTTP_ORIGIN=ORIGIN, HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
    )
    assert read["Access-Control-Allow-Origin"] == "*"
    assert set(read["Access-Control-Allow-Methods"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    assert "authorization" not in read["Access-Control-Allow-Headers"]
    write = client.options(
        "/api/v1/events", HTTP_ORIGIN=ORIGIN, HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST"
    )
    assert "Access-Control-Allow-Origin" not in write


def test_writes_and_staff_endpoints_get_no_cors_headers(client, staff_user):
    events = client.post(
        "/api/v1/events", {"events": []}, content_type="application/json", HTTP_ORIGIN=ORIGIN
    )
    assert "Access-Control-Allow-Origin" not in events
    me = client.get("/api/v1/admin/me", HTTP_ORIGIN=ORIGIN)
    assert "Access-Control-Allow-Origin" not in me


# --- RateLimit headers ---------------------------------------------------------------------


def test_throttled_answers_carry_ratelimit_headers(client, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "anon": "3/min",
        },
    }
    answers = [client.get("/api/v1/skills") for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    for answer in answers:
        assert answer["RateLimit-Policy"] == '"anon";q=3;w=60'
    remaining = [a["RateLimit"].split(";")[1] for a in answers]
    assert remaining == ["r=2", "r=1", "r=0", "r=0"]
    seconds = int(answers[0]["RateLimit"].rsplit(";t=", 1)[1])
    assert 1 <= seconds <= 60
    assert "Retry-After" in answers[3]


def test_unthrottled_answers_have_no_ratelimit_headers(client):
    assert "RateLimit" not in client.get("/api/v1/health")


# --- Login and me --------------------------------------------------------------------------


def test_login_with_the_oauth2_password_form_gives_a_bearer_token(staff_user):
    response = Client().post(
        "/api/v1/admin/login",
        f"username=moderator&password={PASSWORD}&grant_type=password",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"access_token", "token_type", "expires_in"}
    assert body["token_type"] == "bearer"
    assert response["Cache-Control"] == "no-store"
    me = Client().get("/api/v1/admin/me", HTTP_AUTHORIZATION=f"Bearer {body['access_token']}")
    assert me.status_code == 200
    assert me.json()["username"] == "moderator"
    assert me.json()["role"] == "admin"


def test_login_accepts_json_too(staff_user):
    response = Client().post(
        "/api/v1/admin/login",
        {"username": "moderator", "password": PASSWORD},
        content_type="application/json",
    )
    assert response.status_code == 200


def test_login_errors(staff_user, django_user_model):
    django_user_model.objects.create_user(username="visitor", password=PASSWORD)
    form = "application/x-www-form-urlencoded"
    wrong = Client().post(
        "/api/v1/admin/login", "username=moderator&password=nope", content_type=form
    )
    assert wrong.status_code == 401
    assert wrong.json()["code"] == "invalid_credentials"
    visitor = Client().post(
        "/api/v1/admin/login", f"username=visitor&password={PASSWORD}", content_type=form
    )
    assert visitor.status_code == 403
    missing = Client().post("/api/v1/admin/login", "username=moderator", content_type=form)
    assert missing.status_code == 400
    assert "password" in missing.json()["errors"]
    grant = Client().post(
        "/api/v1/admin/login",
        f"username=moderator&password={PASSWORD}&grant_type=client_credentials",
        content_type=form,
    )
    assert grant.status_code == 400


def test_me_reports_a_moderator_role(django_user_model):
    django_user_model.objects.create_user(username="mod", password=PASSWORD, is_staff=True)
    token = (
        Client()
        .post(
            "/api/v1/admin/login",
            {"username": "mod", "password": PASSWORD},
            content_type="application/json",
        )
        .json()["access_token"]
    )
    me = Client().get("/api/v1/admin/me", HTTP_AUTHORIZATION=f"Bearer {token}").json()
    assert (me["username"], me["role"]) == ("mod", "moderator")


# --- category_id and strict query parameters ----------------------------------------------


def test_category_id_filters_by_id_or_key(client):
    docs = CategoryFactory(key="documents")
    other = CategoryFactory(key="other")
    make_skill("pdf-tools", category=docs)
    make_skill("csv-cleaner", category=other)
    for value in (str(docs.pk), "documents"):
        body = client.get("/api/v1/skills", {"category_id": value}).json()
        assert [s["slug"] for s in body["results"]] == ["acme/tools/pdf-tools"], value


def test_unknown_or_contradictory_category_id_is_400(client):
    CategoryFactory(key="documents")
    CategoryFactory(key="other")
    make_skill("pdf-tools")
    unknown = client.get("/api/v1/skills", {"category_id": "x"})
    assert unknown.status_code == 400
    assert "category_id" in unknown.json()["errors"]
    both = client.get("/api/v1/skills", {"category_id": "documents", "category": "other"})
    assert both.status_code == 400


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/skills",
        "/api/v1/skills/acme/tools/pdf-tools/versions",
        "/api/v1/taxonomy/categories",
        "/api/v1/taxonomy/tags",
        "/api/v1/rankings",
    ],
)
def test_unknown_query_parameters_on_lists_are_400_naming_them(client, url):
    make_skill("pdf-tools")
    known = {"board": "top"} if url.endswith("rankings") else {"page": "1"}
    response = client.get(url, {"categry": "x", "zzz": "1", **known})
    assert response.status_code == 400, url
    body = response.json()
    assert body["code"] == "unknown_parameter"
    assert set(body["errors"]) == {"categry", "zzz"}
    assert "accepted:" in body["errors"]["zzz"][0]


def test_staff_lists_reject_unknown_parameters_after_authentication(api, staff_client):
    assert api.get("/api/v1/admin/raw-skills", {"nope": "1"}).status_code == 401
    response = staff_client.get("/api/v1/admin/raw-skills", {"nope": "1", "state": "pending"})
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"nope"}
    assert staff_client.get("/api/v1/admin/sources", {"kind": "git"}).status_code == 200


def test_documented_parameters_are_still_accepted(client):
    make_skill("pdf-tools")
    ok = client.get(
        "/api/v1/skills", {"q": "pdf", "sort": "name", "page": "1", "size": "5", "has_scripts": ""}
    )
    assert ok.status_code == 200
    assert client.get("/api/v1/rankings", {"board": "top"}).status_code == 200
