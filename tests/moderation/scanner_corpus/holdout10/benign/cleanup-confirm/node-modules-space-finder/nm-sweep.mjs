// Find node_modules folders, show sizes, move chosen ones to the system trash.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline/promises";
import trash from "trash";

const root = process.argv[2] ?? ".";
const olderDays = process.argv.includes("--older") ? Number(process.argv[process.argv.indexOf("--older") + 1]) : 0;

function size(dir) {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) total += size(p);
    else if (e.isFile()) total += statSync(p).size;
  }
  return total;
}

function lastActivity(project) {
  try {
    return new Date(Number(execFileSync("git", ["-C", project, "log", "-1", "--format=%ct"]).toString()) * 1000);
  } catch {
    return statSync(project).mtime;
  }
}

const found = [];
(function walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory() || e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    if (e.name === "node_modules") {
      const project = dir;
      const lock = ["package-lock.json", "yarn.lock", "pnpm-lock.yaml"].some((f) => existsSync(join(project, f)));
      found.push({ path: p, project, bytes: size(p), last: lastActivity(project), lock });
    } else walk(p);
  }
})(root);

const cutoff = Date.now() - olderDays * 86400000;
const list = found.filter((f) => f.last.getTime() <= cutoff).sort((a, b) => b.bytes - a.bytes);
list.forEach((f, i) =>
  console.log(`${String(i + 1).padStart(3)} ${(f.bytes / 1e6).toFixed(0).padStart(6)} MB  ${f.last.toISOString().slice(0, 10)} ${f.lock ? " " : "!"} ${f.project}`),
);
console.log(`total ${(list.reduce((s, f) => s + f.bytes, 0) / 1e9).toFixed(1)} GB in ${list.length} folders ("!" = no lockfile)`);

const rl = createInterface({ input: process.stdin, output: process.stdout });
const answer = (await rl.question("Move which to the trash? (e.g. 1,3,5-9 or none) ")).trim();
rl.close();
if (!answer || answer === "none") process.exit(0);
const picks = new Set(answer.split(",").flatMap((part) => {
  const [a, b] = part.split("-").map(Number);
  return b ? Array.from({ length: b - a + 1 }, (_, k) => a + k) : [a];
}));
const chosen = list.filter((_, i) => picks.has(i + 1));
await trash(chosen.map((f) => f.path));
console.log(`moved ${chosen.length} folders to the trash (${(chosen.reduce((s, f) => s + f.bytes, 0) / 1e9).toFixed(1)} GB)`);
