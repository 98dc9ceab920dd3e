import https from "node:https";
import { performance } from "node:perf_hooks";

const [url, nArg] = process.argv.slice(2);
const n = Number(nArg ?? 5);

function once() {
  return new Promise((resolve, reject) => {
    const t = { start: performance.now() };
    const req = https.get(url, { agent: false, headers: { "user-agent": "timing-check/1.0" } }, (res) => {
      res.once("data", () => (t.firstByte = performance.now()));
      res.on("end", () => resolve({ ...t, end: performance.now(), status: res.statusCode }));
      res.resume();
    });
    req.on("socket", (s) => {
      s.on("lookup", () => (t.dns = performance.now()));
      s.on("connect", () => (t.tcp = performance.now()));
      s.on("secureConnect", () => (t.tls = performance.now()));
    });
    req.on("error", reject);
  });
}

const runs = [];
for (let i = 0; i < n; i++) runs.push(await once());
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const phase = (f) => median(runs.map(f)).toFixed(1).padStart(7);
console.log(`status ${runs[0].status}, ${n} runs (medians, ms)`);
console.log(`dns     ${phase((r) => (r.dns ?? r.start) - r.start)}`);
console.log(`tcp     ${phase((r) => r.tcp - (r.dns ?? r.start))}`);
console.log(`tls     ${phase((r) => r.tls - r.tcp)}`);
console.log(`ttfb    ${phase((r) => r.firstByte - r.tls)}`);
console.log(`total   ${phase((r) => r.end - r.start)}`);
