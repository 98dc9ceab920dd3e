import http.server, sys, threading
import markdown

port, path = int(sys.argv[1]), sys.argv[2]
line = {"n": 1}
PAGE = '<html><head><script type="module">import m from "https://cdn.jsdelivr.net/npm/mermaid@11/dist/mermaid.esm.min.mjs";m.initialize({startOnLoad:true});</script></head><body>%s</body></html>'

class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = markdown.markdown(open(path, encoding="utf-8").read(), extensions=["fenced_code", "tables"])
        self.send_response(200); self.end_headers()
        self.wfile.write((PAGE % body).encode())

    def do_POST(self):
        line["n"] = int(self.rfile.read(int(self.headers["Content-Length"])) or 1)
        self.send_response(204); self.end_headers()

http.server.ThreadingHTTPServer(("127.0.0.1", port), H).serve_forever()
