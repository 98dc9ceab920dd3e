import WebSocket from "ws";

const url = process.argv[2];
const arg = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const count = arg("--count", 50);
const interval = arg("--interval", 500);
const t0 = Date.now();
const rtts = [];
const ws = new WebSocket(url);

ws.on("open", () => {
  console.log(`connected in ${Date.now() - t0} ms`);
  let n = 0;
  const timer = setInterval(() => {
    if (n >= count) { clearInterval(timer); ws.close(1000, "done"); return; }
    ws.send(JSON.stringify({ probe: n++, t: Date.now() }));
  }, interval);
});
ws.on("message", (data) => {
  try { const m = JSON.parse(data); if (m.t) rtts.push(Date.now() - m.t); } catch {}
});
ws.on("close", (code, reason) => {
  rtts.sort((a, b) => a - b);
  const p = (q) => rtts[Math.floor(q * (rtts.length - 1))] ?? "-";
  console.log(`closed ${code} ${reason} after ${Date.now() - t0} ms`);
  console.log(`echoes ${rtts.length}/${count}  p50 ${p(0.5)} ms  p95 ${p(0.95)} ms  max ${rtts.at(-1) ?? "-"} ms`);
});
ws.on("error", (e) => console.error("error:", e.message));
