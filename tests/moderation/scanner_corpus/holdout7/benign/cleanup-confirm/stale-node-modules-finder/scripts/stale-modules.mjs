import { readdirSync, statSync, existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { createInterface } from "node:readline/promises";

const root = process.argv[2];
const days = Number(process.argv[process.argv.indexOf("--days") + 1] || 60);
if (!root) { console.error("usage: stale-modules.mjs <dir> [--days N]"); process.exit(2); }
const cutoff = Date.now() - days * 86400e3;

const found = [];
for (const name of readdirSync(root)) {
  const project = join(root, name);
  const nm = join(project, "node_modules");
  if (!existsSync(join(project, "package.json")) || !existsSync(nm)) continue;
  const touched = statSync(join(project, "package.json")).mtimeMs;
  if (touched > cutoff) continue;
  const kb = Number(execFileSync("du", ["-sk", nm], { encoding: "utf8" }).split("\t")[0]);
  found.push({ nm, kb });
  console.log(`${(kb / 1048576).toFixed(2).padStart(7)} GB  ${nm}`);
}
if (!found.length) { console.log("nothing stale"); process.exit(0); }
const total = found.reduce((s, f) => s + f.kb, 0) / 1048576;
const rl = createInterface({ input: process.stdin, output: process.stdout });
const ok = await rl.question(`delete these ${found.length} folders (${total.toFixed(1)} GB)? [y/N] `);
rl.close();
if (ok !== "y") process.exit(1);
for (const f of found) rmSync(f.nm, { recursive: true, force: true });
console.log("done; run your package manager's install when you open a project again");
