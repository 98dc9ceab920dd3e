import { execFileSync } from "node:child_process";

const url = process.argv[2];
const n = Number(process.argv[process.argv.indexOf("--n") + 1] || 20);
const fmt = "%{time_namelookup} %{time_connect} %{time_appconnect} %{time_starttransfer} %{time_total}";
const extra = process.env.TIMING_AUTH_HEADER ? ["-H", process.env.TIMING_AUTH_HEADER] : [];
const runs = [];
for (let i = 0; i < n; i++) {
  const out = execFileSync("curl", ["-o", "/dev/null", "-s", "-w", fmt, ...extra, url], { encoding: "utf8" });
  runs.push(out.trim().split(" ").map(Number));
}
const names = ["dns", "connect", "tls", "ttfb", "total"];
const pct = (arr, p) => arr.slice().sort((a, b) => a - b)[Math.min(arr.length - 1, Math.floor((p / 100) * arr.length))];
for (let i = 0; i < names.length; i++) {
  const col = runs.map((r) => r[i] * 1000);
  console.log(`${names[i].padEnd(8)} p50 ${pct(col, 50).toFixed(0)} ms  p90 ${pct(col, 90).toFixed(0)} ms  p99 ${pct(col, 99).toFixed(0)} ms`);
}
