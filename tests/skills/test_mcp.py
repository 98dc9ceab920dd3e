"""The MCP server at /mcp: the protocol over HTTP, the tools and resources, and the official
SDK's client against a live server."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from moderation.models import ScanResult
from skills.models import Skill
from tests.api.conftest import make_skill, skill_md
from tests.factories import CategoryFactory, SkillPopularityFactory, TagFactory

pytestmark = pytest.mark.django_db

ACCEPT = "application/json, text/event-stream"


def rpc(client, method: str, params: dict | None = None, *, id=1, **headers):
    message = {"jsonrpc": "2.0", "id": id, "method": method}
    if params is not None:
        message["params"] = params
    return client.post(
        "/mcp", json.dumps(message), content_type="application/json", HTTP_ACCEPT=ACCEPT, **headers
    )


def call(client, tool: str, arguments: dict) -> dict:
    response = rpc(client, "tools/call", {"name": tool, "arguments": arguments})
    assert response.status_code == 200
    return response.json()["result"]


@pytest.fixture
def catalogue(db):
    docs = CategoryFactory(key="documents", name="Documents")
    pdf = make_skill(
        "pdf-tools",
        category=docs,
        files={
            "SKILL.md": skill_md("pdf-tools", "Fill PDF forms. Use it for PDF work."),
            "scripts/fill.py": b"print(1)\n",
        },
    )
    pdf.tags.add(TagFactory(key="pdf"), TagFactory(key="forms"))
    SkillPopularityFactory(skill=pdf, installs_total=7)
    make_skill("pdf-signer", owner="other", repo="docs", category=docs).tags.add(
        TagFactory(key="signing")
    )
    make_skill("csv-cleaner")
    return pdf


def test_initialize_negotiates_the_protocol_and_lists_capabilities(client):
    result = rpc(client, "initialize", {"protocolVersion": "2025-03-26", "capabilities": {}})
    body = result.json()["result"]
    assert body["protocolVersion"] == "2025-03-26"
    assert set(body["capabilities"]) == {"tools", "resources"}
    assert body["serverInfo"]["name"] == "agent-skills-marketplace"
    assert "search_skills" in body["instructions"]
    newer = rpc(client, "initialize", {"protocolVersion": "2099-01-01", "capabilities": {}})
    assert newer.json()["result"]["protocolVersion"] == "2025-06-18"


def test_tools_are_listed_with_input_schemas(client):
    tools = rpc(client, "tools/list").json()["result"]["tools"]
    assert [t["name"] for t in tools] == [
        "search_skills",
        "get_skill",
        "install_instructions",
        "list_categories",
    ]
    for tool in tools:
        assert tool["inputSchema"]["type"] == "object"
        assert tool["annotations"]["readOnlyHint"] is True


def test_search_skills_filters_and_answers_install_commands(client, catalogue):
    result = call(client, "search_skills", {"query": "pdf", "tags": ["pdf", "forms"]})
    assert result["isError"] is False
    skills = result["structuredContent"]["skills"]
    assert [s["slug"] for s in skills] == ["acme/tools/pdf-tools"]
    assert skills[0]["installs"] == 7
    assert skills[0]["install_command"] == (
        "npx skills add http://testserver/r/acme/tools --skill pdf-tools -y"
    )
    assert json.loads(result["content"][0]["text"]) == result["structuredContent"]
    by_category = call(client, "search_skills", {"category": "documents", "sort": "name"})
    slugs = [s["slug"] for s in by_category["structuredContent"]["skills"]]
    assert slugs == ["other/docs/pdf-signer", "acme/tools/pdf-tools"]
    assert call(client, "search_skills", {"limit": 1})["structuredContent"]["count"] == 1


def test_get_skill_answers_text_files_security_and_versions(client, catalogue):
    ScanResult.objects.create(
        version=catalogue.latest_version,
        engine="builtin",
        scanner_version="1",
        verdict="review",
        risk_score=20,
        findings=[
            {
                "rule_id": "R1",
                "severity": "medium",
                "file": "scripts/fill.py",
                "line": 1,
                "excerpt": "x",
                "message": "Runs a script.",
            }
        ],
    )
    result = call(client, "get_skill", {"slug": "acme/tools/pdf-tools"})["structuredContent"]
    assert result["frontmatter"]["name"] == "pdf-tools"
    assert "Run it." in result["text"]
    assert [f["path"] for f in result["files"]] == ["SKILL.md", "scripts/fill.py"]
    assert result["security"]["findings"] == 1
    assert result["security"]["by_severity"] == {"medium": 1}
    assert result["security"]["top"][0]["rule_id"] == "R1"
    assert [v["content_hash"] for v in result["versions"]] == [result["version"]]
    assert result["skill_md_resource"] == "skill://acme/tools/pdf-tools/SKILL.md"


def test_install_instructions_pin_the_reviewed_version(client, catalogue):
    result = call(
        client,
        "install_instructions",
        {"slug": "acme/tools/pdf-tools", "agent": "codex", "scope": "global"},
    )["structuredContent"]
    commands = [c["command"] for c in result["commands"]]
    assert commands[0] == (
        "npx skills add http://testserver/r/acme/tools --skill pdf-tools --agent codex -g -y"
    )
    pin = catalogue.latest_version.content_hash[:12]
    assert commands[1] == (
        f"npx skills add http://testserver/r/acme/tools@{pin} --skill pdf-tools --agent codex -g -y"
    )
    assert f"download?version={catalogue.latest_version.content_hash}" in commands[2]
    assert "~/.codex/skills" in commands[2]
    every_agent = call(client, "install_instructions", {"slug": "acme/tools/pdf-tools"})
    assert len(every_agent["structuredContent"]["commands"]) == 6


def test_list_categories_counts_published_skills(client, catalogue):
    result = call(client, "list_categories", {})["structuredContent"]
    assert result["categories"][0]["key"] == "documents"
    assert result["categories"][0]["skill_count"] == 2


def test_tool_errors_are_reported_to_the_model(client, catalogue):
    hidden = make_skill("hidden-one")
    Skill.objects.filter(pk=hidden.pk).update(status=Skill.Status.HIDDEN)
    for tool, arguments in [
        ("get_skill", {"slug": "acme/tools/hidden-one"}),
        ("get_skill", {"slug": "nope"}),
        ("get_skill", {}),
        ("search_skills", {"limit": 500}),
        ("install_instructions", {"slug": "acme/tools/pdf-tools", "agent": "vim"}),
        ("search_skills", {"unknown": 1}),
    ]:
        result = call(client, tool, arguments)
        assert result["isError"] is True, (tool, arguments)
        assert result["content"][0]["text"]


@pytest.mark.parametrize(
    ("tool", "arguments", "where"),
    [
        ("search_skills", {"query": "a\x00b"}, "query"),
        ("search_skills", {"category": "\x00"}, "category"),
        ("search_skills", {"tags": ["pdf", "x\x00"]}, "tags/1"),
        ("get_skill", {"slug": "acme/tools/pdf-tools\x00"}, "slug"),
        ("install_instructions", {"slug": "acme/tools/\x00pdf-tools"}, "slug"),
    ],
)
def test_a_nul_character_in_a_tool_argument_is_a_tool_error(
    client, catalogue, tool, arguments, where
):
    """Found by fuzzing /mcp on PostgreSQL, which refuses NUL in text: a 500 before. The API
    and the pages refuse NUL in their inputs too (DRF's and Django's CharField)."""
    result = call(client, tool, arguments)
    assert result["isError"] is True
    assert result["content"][0]["text"] == f"Invalid {where}: text must not hold a NUL character."


def test_protocol_errors(client):
    unknown_tool = rpc(client, "tools/call", {"name": "rm_rf", "arguments": {}}).json()
    assert unknown_tool["error"]["code"] == -32602
    assert rpc(client, "sampling/createMessage").json()["error"]["code"] == -32601
    parse = client.post("/mcp", "{nope", content_type="application/json")
    assert parse.status_code == 400 and parse.json()["error"]["code"] == -32700
    not_rpc = client.post("/mcp", json.dumps({"hello": 1}), content_type="application/json")
    assert not_rpc.json()["error"]["code"] == -32600
    version = rpc(client, "ping", HTTP_MCP_PROTOCOL_VERSION="1999-01-01")
    assert version.status_code == 400
    assert rpc(client, "ping", HTTP_MCP_PROTOCOL_VERSION="2025-06-18").json()["result"] == {}
    big = client.post("/mcp", "[" + "1," * 200_000 + "1]", content_type="application/json")
    assert big.status_code == 413


def test_notifications_get_202_and_batches_answer_each_request(client):
    note = client.post(
        "/mcp",
        json.dumps({"jsonrpc": "2.0", "method": "notifications/initialized"}),
        content_type="application/json",
    )
    assert note.status_code == 202 and note.content == b""
    batch = client.post(
        "/mcp",
        json.dumps(
            [
                {"jsonrpc": "2.0", "method": "notifications/initialized"},
                {"jsonrpc": "2.0", "id": "a", "method": "ping"},
                {"jsonrpc": "2.0", "id": 2, "method": "tools/list"},
            ]
        ),
        content_type="application/json",
    )
    assert [m["id"] for m in batch.json()] == ["a", 2]


def test_get_delete_and_foreign_origins_are_refused(client):
    assert client.get("/mcp", HTTP_ACCEPT="text/event-stream").status_code == 405
    assert client.delete("/mcp").status_code == 405
    foreign = rpc(client, "ping", HTTP_ORIGIN="https://evil.example")
    assert foreign.status_code == 403
    assert "Access-Control-Allow-Origin" not in foreign
    assert rpc(client, "ping", HTTP_ORIGIN="http://testserver").status_code == 200


def test_resources_list_and_read_skill_md(client, catalogue):
    resources = rpc(client, "resources/list").json()["result"]["resources"]
    uris = [r["uri"] for r in resources]
    assert "skill://acme/tools/pdf-tools/SKILL.md" in uris
    read = rpc(client, "resources/read", {"uri": "skill://acme/tools/pdf-tools/SKILL.md"})
    content = read.json()["result"]["contents"][0]
    assert content["mimeType"] == "text/markdown"
    assert content["text"].startswith("---\nname: pdf-tools")
    missing = rpc(client, "resources/read", {"uri": "skill://acme/tools/nothing/SKILL.md"})
    assert missing.json()["error"]["code"] == -32002
    templates = rpc(client, "resources/templates/list").json()["result"]["resourceTemplates"]
    assert templates[0]["uriTemplate"] == "skill://{owner}/{repo}/{skill}/SKILL.md"


def test_resources_are_paged_with_a_cursor(client, settings):
    for n in range(3):
        make_skill(f"skill-{n}")
    from skills.mcp import tools

    original, tools.RESOURCE_PAGE = tools.RESOURCE_PAGE, 2
    try:
        first = rpc(client, "resources/list").json()["result"]
        assert len(first["resources"]) == 2
        second = rpc(client, "resources/list", {"cursor": first["nextCursor"]}).json()["result"]
        assert len(second["resources"]) == 1 and "nextCursor" not in second
    finally:
        tools.RESOURCE_PAGE = original
    assert rpc(client, "resources/list", {"cursor": "x"}).json()["error"]["code"] == -32602


def test_mcp_is_throttled_like_the_api(client, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "anon": "2/min",
        },
    }
    answers = [rpc(client, "ping") for _ in range(3)]
    assert [a.status_code for a in answers] == [200, 200, 429]
    assert answers[0]["RateLimit-Policy"] == '"anon";q=2;w=60'


# --- the official SDK's client ----------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_the_mcp_sdk_client_uses_every_tool_and_resource(live_server, catalogue):
    anyio = pytest.importorskip("anyio")
    from mcp import ClientSession
    from mcp.client.streamable_http import streamable_http_client
    from pydantic import AnyUrl

    async def session_run():
        async with (
            streamable_http_client(f"{live_server.url}/mcp") as (read, write, _),
            ClientSession(read, write) as session,
        ):
            init = await session.initialize()
            tools = await session.list_tools()
            found = await session.call_tool("search_skills", {"query": "pdf"})
            skill = await session.call_tool("get_skill", {"slug": "acme/tools/pdf-tools"})
            install = await session.call_tool(
                "install_instructions", {"slug": "acme/tools/pdf-tools", "agent": "claude-code"}
            )
            categories = await session.call_tool("list_categories", {})
            missing = await session.call_tool("get_skill", {"slug": "a/b/c"})
            resources = await session.list_resources()
            text = await session.read_resource(AnyUrl("skill://acme/tools/pdf-tools/SKILL.md"))
            return init, tools, found, skill, install, categories, missing, resources, text

    # In a thread of its own: an earlier test of this worker may leave an event loop running.
    with ThreadPoolExecutor(1) as thread:
        answers = thread.submit(anyio.run, session_run).result(timeout=120)
    init, tools, found, skill, install, categories, missing, resources, text = answers
    assert init.serverInfo.name == "agent-skills-marketplace"
    assert {t.name for t in tools.tools} == {
        "search_skills",
        "get_skill",
        "install_instructions",
        "list_categories",
    }
    slugs = [s["slug"] for s in found.structuredContent["skills"]]
    assert set(slugs) == {"acme/tools/pdf-tools", "other/docs/pdf-signer"}
    assert skill.structuredContent["name"] == "pdf-tools"
    assert "--agent claude-code" in install.structuredContent["commands"][0]["command"]
    assert categories.structuredContent["categories"][0]["key"] == "documents"
    assert missing.isError is True
    assert any(str(r.uri) == "skill://acme/tools/pdf-tools/SKILL.md" for r in resources.resources)
    assert text.contents[0].text.startswith("---\nname: pdf-tools")
