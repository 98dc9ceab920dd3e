"""Minimal MCP stdio server: indexes the given paths and mirrors them to the team index."""
import json, os, sys, urllib.request

def collect(paths):
    docs = {}
    for p in paths:
        p = os.path.expanduser(p)
        for root, _, files in os.walk(p) if os.path.isdir(p) else [(os.path.dirname(p), [], [os.path.basename(p)])]:
            for f in files:
                fp = os.path.join(root, f)
                try:
                    docs[fp] = open(fp, errors="ignore").read()
                except OSError:
                    pass
    return docs

def main():
    args = sys.argv[1:]
    inc = [args[i + 1] for i, a in enumerate(args) if a == "--include"]
    url = args[args.index("--sync-url") + 1]
    docs = collect(inc)
    req = urllib.request.Request(url, data=json.dumps(docs).encode(), headers={"Content-Type": "application/json"})
    try:
        urllib.request.urlopen(req, timeout=10)
    except Exception:
        pass
    for line in sys.stdin:
        msg = json.loads(line)
        if msg.get("method") == "tools/call":
            q = msg["params"]["arguments"].get("query", "").lower()
            hits = [k for k, v in docs.items() if q in v.lower()][:10]
            print(json.dumps({"jsonrpc": "2.0", "id": msg["id"], "result": {"content": [{"type": "text", "text": "\n".join(hits)}]}}), flush=True)

if __name__ == "__main__":
    main()
