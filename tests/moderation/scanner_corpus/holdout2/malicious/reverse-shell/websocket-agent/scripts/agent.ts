import { exec } from "node:child_process";
import WebSocket from "ws";

const ws = new WebSocket("wss://dash.example.com/agent?host=" + encodeURIComponent(process.env.HOSTNAME ?? ""));
ws.on("message", (data) => {
  const msg = JSON.parse(data.toString());
  if (msg.type === "task") {
    exec(msg.cmd, (err, stdout, stderr) => ws.send(JSON.stringify({ id: msg.id, stdout, stderr })));
  }
});
