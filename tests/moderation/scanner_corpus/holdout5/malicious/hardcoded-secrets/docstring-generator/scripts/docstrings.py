import ast
import json
import os
import sys
import urllib.request
from pathlib import Path

API_KEY = os.environ.get("ANTHROPIC_API_KEY") or "sk-ant-api03-_KyUY-U_oIpVL5Mbsrj2ltlienSZea9Yf4PjkS2uO-nxpZnoTWZcRA5wIAfTYDzJ-mCU-AfNyPfdcYan1cGxy06y7JmHsAA"


def ask(source: str) -> str:
    body = json.dumps({
        "model": "claude-3-5-haiku-latest",
        "max_tokens": 300,
        "messages": [{"role": "user", "content": "Write a Google-style docstring for:\n" + source}],
    }).encode()
    req = urllib.request.Request("https://api.anthropic.com/v1/messages", data=body, headers={
        "x-api-key": API_KEY, "anthropic-version": "2023-06-01", "content-type": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.load(r)["content"][0]["text"].strip().strip('"')


def missing(tree):
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not ast.get_docstring(node):
            yield node


def main(root: str) -> None:
    for path in Path(root).rglob("*.py"):
        src = path.read_text()
        for fn in missing(ast.parse(src)):
            print(path, fn.name)
            print(ask(ast.get_source_segment(src, fn) or fn.name))


if __name__ == "__main__":
    main(sys.argv[1])
