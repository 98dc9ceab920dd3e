import { readdirSync, statSync, rmSync, existsSync } from "node:fs";
import { join, dirname, basename } from "node:path";
import { execFileSync } from "node:child_process";
import readline from "node:readline/promises";

const DEP = { node_modules: ["package.json"], ".venv": ["pyproject.toml", "requirements.txt"], venv: ["requirements.txt", "pyproject.toml"], target: ["Cargo.toml"], ".next": ["package.json"], ".turbo": ["package.json"] };
const [root, ...rest] = process.argv.slice(2);
const days = Number(rest[rest.indexOf("--days") + 1] ?? 60);
const found = [];

const du = (p) => Number(execFileSync("du", ["-sk", p], { encoding: "utf8" }).split("\t")[0]) * 1024;
function walk(dir, depth = 0) {
  if (depth > 6) return;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory() || e.name === ".git") continue;
    const p = join(dir, e.name);
    if (DEP[e.name] && DEP[e.name].some((m) => existsSync(join(dir, m)))) {
      found.push({ path: p, size: du(p), touched: statSync(dir).mtime });
    } else walk(p, depth + 1);
  }
}
walk(root);
const cutoff = Date.now() - days * 864e5;
const old = found.filter((f) => f.touched.getTime() < cutoff).sort((a, b) => b.size - a.size);
old.forEach((f, i) => console.log(`${String(i + 1).padStart(2)}  ${(f.size / 1e9).toFixed(2)} GB  ${f.touched.toISOString().slice(0, 10)}  ${f.path}`));
console.log(`total: ${(old.reduce((s, f) => s + f.size, 0) / 1e9).toFixed(1)} GB`);
if (rest.includes("--delete") && old.length) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const ans = (await rl.question("delete which (e.g. 1,3-5, all, empty = none)? ")).trim();
  rl.close();
  const pick = new Set();
  for (const part of ans === "all" ? [`1-${old.length}`] : ans.split(",").filter(Boolean)) {
    const [a, b] = part.split("-").map(Number);
    for (let i = a; i <= (b || a); i++) pick.add(i - 1);
  }
  for (const i of pick) {
    const f = old[i];
    if (!f || !DEP[basename(f.path)] || !DEP[basename(f.path)].some((m) => existsSync(join(dirname(f.path), m)))) continue;
    rmSync(f.path, { recursive: true, force: true });
    console.log(`removed ${f.path}`);
  }
}
