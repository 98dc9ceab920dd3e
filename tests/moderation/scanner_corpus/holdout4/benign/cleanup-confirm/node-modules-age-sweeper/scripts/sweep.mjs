import { readdirSync, statSync, rmSync } from "node:fs";
import { join } from "node:path";
import { execSync } from "node:child_process";

const root = process.argv[2];
const days = Number(process.argv[process.argv.indexOf("--days") + 1] || 60);
const apply = process.argv.includes("--yes");
const cutoff = Date.now() - days * 86400_000;
const found = [];

function walk(dir, depth) {
  if (depth > 4) return;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory() || e.name.startsWith(".")) continue;
    const full = join(dir, e.name);
    if (e.name === "node_modules") {
      try {
        if (statSync(join(dir, "package.json")).mtimeMs < cutoff) found.push(full);
      } catch {}
      continue;
    }
    walk(full, depth + 1);
  }
}

walk(root, 0);
for (const dir of found) {
  const size = execSync(`du -sh "${dir}"`, { encoding: "utf8" }).split("\t")[0];
  console.log(`${size}\t${dir}`);
  if (apply) rmSync(dir, { recursive: true, force: true });
}
console.log(apply ? `deleted ${found.length} folders` : `${found.length} folders; re-run with --yes to delete`);
