"""A Model Context Protocol server at `/mcp`: Streamable HTTP, stateless, JSON answers.

Agents (Claude Code, Codex, Cursor, Gemini CLI, anything built on an MCP SDK) connect to
`https://HOST/mcp` and get four read-only tools (skills.mcp.tools) and each published
skill's SKILL.md as a resource. Anonymous, and throttled like the API (the `anon` rate per
IP, with RateLimit headers).

Why not the SDK's server: the official `mcp` SDK serves Streamable HTTP as an ASGI app with
a lifespan-managed task group, while this site runs under WSGI (gunicorn) and Django's test
client. What the SDK offers beyond the protocol (sessions, server-sent event streams,
resumability, server-to-client requests) a read-only, stateless catalogue does not need, so
this is the protocol itself as a DRF view: one JSON-RPC message (or a batch) per POST,
answered with `application/json` (the transport allows it in place of an event stream);
notifications and responses get `202`; `GET` and `DELETE` are `405` (no stream, no
session). The SDK's own client is the test (tests/skills/test_mcp.py).
"""

from __future__ import annotations

import logging

import jsonschema
import orjson
from django.conf import settings
from django.http import HttpResponse
from drf_spectacular.utils import extend_schema
from rest_framework.views import APIView

from marketplace.api import ServeJSONErrorsMixin
from skills.mcp import tools as mcp_tools

logger = logging.getLogger(__name__)

PROTOCOL_VERSIONS = ("2025-06-18", "2025-03-26", "2024-11-05")
LATEST = PROTOCOL_VERSIONS[0]
MAX_BODY_BYTES = 256 * 1024
MAX_BATCH = 20

PARSE_ERROR, INVALID_REQUEST, METHOD_NOT_FOUND, INVALID_PARAMS = -32700, -32600, -32601, -32602
INTERNAL_ERROR = -32603
RESOURCE_NOT_FOUND = -32002

INSTRUCTIONS = (
    "This server searches a marketplace of agent skills (SKILL.md folders) that were "
    "validated and security-scanned before publication. Use search_skills to find skills, "
    "get_skill to read one (its security verdict and findings too), and "
    "install_instructions for the commands that install the reviewed version. Prefer "
    "skills whose verdict is 'pass'; show the user a 'review' verdict's findings first."
)


class RpcError(Exception):
    def __init__(self, code: int, message: str, data=None):
        super().__init__(message)
        self.code, self.message, self.data = code, message, data


def _error(request_id, code: int, message: str, data=None) -> dict:
    error = {"code": code, "message": message}
    if data is not None:
        error["data"] = data
    return {"jsonrpc": "2.0", "id": request_id, "error": error}


def _nul_path(value, path: tuple = ()) -> tuple | None:
    """Where in a JSON value a string holds a NUL character, or None."""
    if isinstance(value, str):
        return path if "\x00" in value else None
    items = (
        value.items()
        if isinstance(value, dict)
        else enumerate(value)
        if isinstance(value, list)
        else ()
    )
    for key, item in items:
        found = _nul_path(item, (*path, key))
        if found is not None:
            return found
    return None


def _validated(params: dict, schema: dict) -> dict:
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(params), key=str)
    if errors:
        where = "/".join(str(p) for p in errors[0].absolute_path) or "arguments"
        raise mcp_tools.ToolError(f"Invalid {where}: {errors[0].message}")
    # No database stores NUL in text (PostgreSQL refuses it: a 500 before this), as the API's
    # and the pages' fields refuse it too.
    nul = _nul_path(params)
    if nul is not None:
        where = "/".join(str(p) for p in nul) or "arguments"
        raise mcp_tools.ToolError(f"Invalid {where}: text must not hold a NUL character.")
    return params


# --- Methods --------------------------------------------------------------------------------


def _initialize(params: dict, base: str) -> dict:
    asked = params.get("protocolVersion")
    return {
        "protocolVersion": asked if asked in PROTOCOL_VERSIONS else LATEST,
        "capabilities": {
            "tools": {"listChanged": False},
            "resources": {"subscribe": False, "listChanged": False},
        },
        "serverInfo": {
            "name": "agent-skills-marketplace",
            "title": settings.APP_NAME,
            "version": settings.SPECTACULAR_SETTINGS.get("VERSION", "1.0.0"),
        },
        "instructions": INSTRUCTIONS,
    }


def _tools_call(params: dict, base: str) -> dict:
    name = params.get("name")
    tool = mcp_tools.TOOLS_BY_NAME.get(name) if isinstance(name, str) else None
    if tool is None:
        raise RpcError(INVALID_PARAMS, f"Unknown tool: {name!r}.")
    arguments = params.get("arguments") or {}
    if not isinstance(arguments, dict):
        raise RpcError(INVALID_PARAMS, "arguments must be an object.")
    try:
        result = mcp_tools.HANDLERS[name](_validated(arguments, tool.input_schema), base=base)
    except mcp_tools.ToolError as exc:  # the model sees the problem and can correct itself
        return {"content": [{"type": "text", "text": str(exc)}], "isError": True}
    text = orjson.dumps(result, option=orjson.OPT_INDENT_2).decode()
    return {
        "content": [{"type": "text", "text": text}],
        "structuredContent": result,
        "isError": False,
    }


def _cursor_offset(params: dict) -> int:
    cursor = params.get("cursor")
    if cursor in (None, ""):
        return 0
    if not isinstance(cursor, str) or not cursor.isdigit() or len(cursor) > 9:
        raise RpcError(INVALID_PARAMS, "Invalid cursor.")
    return int(cursor)


def _resources_list(params: dict, base: str) -> dict:
    resources, next_offset = mcp_tools.resources_list(offset=_cursor_offset(params))
    result: dict = {"resources": resources}
    if next_offset is not None:
        result["nextCursor"] = str(next_offset)
    return result


def _resources_read(params: dict, base: str) -> dict:
    uri = params.get("uri")
    if not isinstance(uri, str) or len(uri) > 500:
        raise RpcError(INVALID_PARAMS, "uri must be a string.")
    try:
        return {"contents": [mcp_tools.resource_read(uri)]}
    except mcp_tools.ToolError as exc:
        raise RpcError(RESOURCE_NOT_FOUND, str(exc), {"uri": uri}) from exc


METHODS = {
    "initialize": _initialize,
    "ping": lambda params, base: {},
    "tools/list": lambda params, base: {"tools": [t.as_json() for t in mcp_tools.TOOLS]},
    "tools/call": _tools_call,
    "resources/list": _resources_list,
    "resources/templates/list": lambda params, base: {
        "resourceTemplates": [
            {
                "uriTemplate": mcp_tools.RESOURCE_TEMPLATE,
                "name": "skill-md",
                "title": "A published skill's SKILL.md",
                "mimeType": "text/markdown",
            }
        ]
    },
    "resources/read": _resources_read,
    "prompts/list": lambda params, base: {"prompts": []},
}


def handle_message(message, *, base: str) -> dict | None:
    """The answer to one JSON-RPC message, or None for a notification or a response."""
    if not isinstance(message, dict) or message.get("jsonrpc") != "2.0":
        return _error(None, INVALID_REQUEST, "Not a JSON-RPC 2.0 message.")
    method = message.get("method")
    if method is None and ("result" in message or "error" in message):
        return None  # a response to a request we never send: ignored
    request_id = message.get("id")
    is_notification = "id" not in message
    if not isinstance(method, str):
        return None if is_notification else _error(request_id, INVALID_REQUEST, "No method.")
    if is_notification:
        return None  # notifications/initialized, notifications/cancelled...: nothing to do
    if not isinstance(request_id, str | int) or isinstance(request_id, bool):
        return _error(None, INVALID_REQUEST, "id must be a string or an integer.")
    handler = METHODS.get(method)
    if handler is None:
        return _error(request_id, METHOD_NOT_FOUND, f"Method not found: {method}")
    params = message.get("params") or {}
    if not isinstance(params, dict):
        return _error(request_id, INVALID_PARAMS, "params must be an object.")
    try:
        return {"jsonrpc": "2.0", "id": request_id, "result": handler(params, base)}
    except RpcError as exc:
        return _error(request_id, exc.code, exc.message, exc.data)


# --- HTTP -----------------------------------------------------------------------------------


def _json(data, status: int = 200, **headers) -> HttpResponse:
    response = HttpResponse(orjson.dumps(data), status=status, content_type="application/json")
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response


@extend_schema(exclude=True)  # JSON-RPC, not REST: described in docs/MCP.md
class McpView(ServeJSONErrorsMixin, APIView):
    authentication_classes: list = []  # anonymous: nothing here depends on who asks
    parser_classes: list = []  # the body is read as JSON-RPC below

    def _origin_allowed(self, request) -> bool:
        """DNS-rebinding guard the transport asks for: a browser Origin must be this host."""
        from urllib.parse import urlsplit

        origin = request.headers.get("Origin")
        if not origin:
            return True
        try:
            return urlsplit(origin).netloc == request.get_host()
        except ValueError:
            return False

    def post(self, request):
        if not self._origin_allowed(request):
            return _json(_error(None, INVALID_REQUEST, "Origin not allowed."), status=403)
        version = request.headers.get("Mcp-Protocol-Version")
        if version and version not in PROTOCOL_VERSIONS:
            message = f"Unsupported MCP-Protocol-Version {version}; supported: {PROTOCOL_VERSIONS}."
            return _json(_error(None, INVALID_REQUEST, message), status=400)
        body = request._request.read(MAX_BODY_BYTES + 1)
        if len(body) > MAX_BODY_BYTES:
            return _json(_error(None, INVALID_REQUEST, "Body too large."), status=413)
        try:
            payload = orjson.loads(body)
        except orjson.JSONDecodeError:
            return _json(_error(None, PARSE_ERROR, "Parse error: the body is not JSON."), 400)
        base = request.build_absolute_uri("/").rstrip("/")
        if isinstance(payload, list):
            if not payload or len(payload) > MAX_BATCH:
                message = f"A batch holds 1 to {MAX_BATCH} messages."
                return _json(_error(None, INVALID_REQUEST, message), status=400)
            answers = [a for a in (handle_message(m, base=base) for m in payload) if a]
            return _json(answers) if answers else HttpResponse(status=202)
        answer = handle_message(payload, base=base)
        if answer is None:
            return HttpResponse(status=202)
        return _json(answer)

    def get(self, request):
        # No server-initiated stream: the transport's answer for that is 405.
        return _json(
            _error(None, INVALID_REQUEST, "This server sends no event stream; POST requests."),
            status=405,
            Allow="POST",
        )

    def delete(self, request):
        return _json(
            _error(None, INVALID_REQUEST, "Stateless server: there is no session to end."),
            status=405,
            Allow="POST",
        )
