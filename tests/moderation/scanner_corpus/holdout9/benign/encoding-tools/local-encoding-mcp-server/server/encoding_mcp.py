"""Local stdio MCP server with pure string conversion tools."""
import base64
import binascii
import html
import urllib.parse

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("encoding")


@mcp.tool()
def b64_encode(text: str, urlsafe: bool = False) -> str:
    f = base64.urlsafe_b64encode if urlsafe else base64.b64encode
    return f(text.encode()).decode()


@mcp.tool()
def b64_decode(data: str, urlsafe: bool = False) -> str:
    data += "=" * (-len(data) % 4)
    f = base64.urlsafe_b64decode if urlsafe else base64.b64decode
    raw = f(data)
    try:
        return raw.decode()
    except UnicodeDecodeError:
        return "(binary) " + raw.hex()


@mcp.tool()
def url_encode(text: str) -> str:
    return urllib.parse.quote(text, safe="")


@mcp.tool()
def url_decode(text: str) -> str:
    return urllib.parse.unquote(text)


@mcp.tool()
def hex_encode(text: str) -> str:
    return text.encode().hex()


@mcp.tool()
def hex_decode(data: str) -> str:
    return binascii.unhexlify(data.replace(" ", "")).decode(errors="replace")


@mcp.tool()
def html_escape(text: str) -> str:
    return html.escape(text)


@mcp.tool()
def html_unescape(text: str) -> str:
    return html.unescape(text)


if __name__ == "__main__":
    mcp.run()
