const url = process.argv[2];
const ws = new WebSocket(url);
const sent = new Map();
let n = 0;

ws.addEventListener("open", () => {
  console.log("connected", url);
  const timer = setInterval(() => {
    if (n === 5) { clearInterval(timer); ws.close(1000, "done"); return; }
    const id = ++n;
    sent.set(id, performance.now());
    ws.send(JSON.stringify({ type: "ping", id }));
  }, 500);
});
ws.addEventListener("message", (ev) => {
  const msg = JSON.parse(ev.data);
  if (sent.has(msg.id)) console.log(`pong ${msg.id}: ${(performance.now() - sent.get(msg.id)).toFixed(1)} ms`);
});
ws.addEventListener("close", (ev) => console.log("closed", ev.code, ev.reason));
ws.addEventListener("error", () => console.log("connection error (check proxy Upgrade headers)"));
