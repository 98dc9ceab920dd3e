const url = process.argv[2];
if (!url) {
  console.error("usage: ws-probe.mjs wss://host/path");
  process.exit(2);
}
const t0 = performance.now();
const ws = new WebSocket(url);
const timer = setTimeout(() => {
  console.log("timeout after 10s");
  process.exit(1);
}, 10_000);

ws.addEventListener("open", () => {
  console.log(`open after ${(performance.now() - t0).toFixed(0)} ms`);
  ws.send("ping");
});
ws.addEventListener("message", (ev) => {
  console.log(`first message after ${(performance.now() - t0).toFixed(0)} ms: ${String(ev.data).slice(0, 80)}`);
  clearTimeout(timer);
  ws.close();
});
ws.addEventListener("error", (ev) => {
  console.log("error:", ev.message ?? "connection failed");
  process.exit(1);
});
