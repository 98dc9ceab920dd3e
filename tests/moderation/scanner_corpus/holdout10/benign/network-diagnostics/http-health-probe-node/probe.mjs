// Parallel HTTP health probes of the user's own endpoints (Node 18+, no dependencies).
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const file = args.find((a) => a.endsWith(".json")) ?? "endpoints.json";
const watch = args.includes("--watch") ? Number(args[args.indexOf("--watch") + 1]) : 0;
const probes = JSON.parse(readFileSync(file, "utf8"));

const expandEnv = (v) => v.replace(/\$([A-Z_][A-Z0-9_]*)/g, (_, n) => process.env[n] ?? "");

async function probe(p) {
  const started = performance.now();
  const headers = Object.fromEntries(Object.entries(p.headers ?? {}).map(([k, v]) => [k, expandEnv(v)]));
  try {
    const res = await fetch(p.url, { headers, redirect: "follow", signal: AbortSignal.timeout(10000) });
    const body = p.expect ? await res.text() : "";
    const ms = Math.round(performance.now() - started);
    let state = res.ok ? "UP" : "DOWN";
    let note = "";
    if (p.expect && !body.includes(p.expect)) [state, note] = ["DOWN", "expected text missing"];
    else if (state === "UP" && p.maxMs && ms > p.maxMs) state = "SLOW";
    return { state, ms, status: res.status, url: p.url, note };
  } catch (err) {
    return { state: "DOWN", ms: null, status: "-", url: p.url, note: err.name };
  }
}

async function round() {
  const results = await Promise.all(probes.map(probe));
  for (const r of results) {
    console.log(`${r.state.padEnd(5)} ${String(r.ms ?? "-").padStart(5)}ms ${String(r.status).padEnd(4)} ${r.url}  ${r.note}`);
  }
  return results.some((r) => r.state === "DOWN");
}

if (watch) {
  for (;;) {
    console.log(new Date().toISOString());
    await round();
    await new Promise((r) => setTimeout(r, watch * 1000));
  }
} else {
  process.exit((await round()) ? 1 : 0);
}
