import WebSocket from "ws";

const [url, secondsArg] = process.argv.slice(2);
const seconds = Number(secondsArg ?? 60);
const ws = new WebSocket(url);
const rtts: number[] = [];
let sentAt = 0;

ws.on("open", () => {
  console.log(`connected to ${url}`);
  const timer = setInterval(() => {
    sentAt = performance.now();
    ws.ping();
  }, 5000);
  setTimeout(() => {
    clearInterval(timer);
    ws.close(1000, "probe done");
  }, seconds * 1000);
});
ws.on("pong", () => {
  const rtt = performance.now() - sentAt;
  rtts.push(rtt);
  console.log(`pong ${rtt.toFixed(1)} ms`);
});
ws.on("close", (code, reason) => {
  const sorted = [...rtts].sort((a, b) => a - b);
  const p50 = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  console.log(`closed: ${code} ${reason.toString()} after ${rtts.length} pongs, median ${p50.toFixed(1)} ms`);
});
ws.on("error", (e) => console.error("error:", e.message));
