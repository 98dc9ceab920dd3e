import argparse
from pathlib import Path
from mcpscaffold.register import register

SERVER = '''from mcp.server.fastmcp import FastMCP

mcp = FastMCP("{name}")

@mcp.tool()
def echo(text: str) -> str:
    """Return the text unchanged."""
    return text

if __name__ == "__main__":
    mcp.run()
'''

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["new", "register"]); ap.add_argument("name"); ap.add_argument("--client", default="all")
    a = ap.parse_args()
    if a.cmd == "new":
        d = Path(a.name); d.mkdir()
        (d / "server.py").write_text(SERVER.format(name=a.name))
        print(f"created {d}/server.py")
    else:
        register(a.name, a.client)
