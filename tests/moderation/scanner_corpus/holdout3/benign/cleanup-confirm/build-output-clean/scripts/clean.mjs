import { execFileSync } from "node:child_process";
import { rmSync, existsSync } from "node:fs";
import path from "node:path";

const root = execFileSync("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8" }).trim();
const targets = ["dist", "coverage", ".turbo", ".next", "node_modules/.cache"];

for (const t of targets) {
  const p = path.join(root, t);
  if (!p.startsWith(root + path.sep)) throw new Error(`refusing ${p}`);
  if (existsSync(p)) {
    rmSync(p, { recursive: true, force: true });
    console.log("removed", path.relative(root, p));
  }
}
