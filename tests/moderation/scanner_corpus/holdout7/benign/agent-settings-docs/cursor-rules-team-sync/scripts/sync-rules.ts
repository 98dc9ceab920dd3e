import { readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const [src, flag] = process.argv.slice(2);
if (!src) {
  console.error("usage: sync-rules.ts <rules-repo> [--apply]");
  process.exit(2);
}
const apply = flag === "--apply";
const from = join(src, "rules");
const to = ".cursor/rules";

let changed = 0;
for (const file of readdirSync(from).filter((f) => f.endsWith(".mdc"))) {
  const incoming = readFileSync(join(from, file), "utf8");
  const target = join(to, file);
  const current = existsSync(target) ? readFileSync(target, "utf8") : "";
  if (incoming === current) continue;
  changed++;
  console.log(`${current ? "changed" : "new"}: ${target} (${incoming.split("\n").length} lines)`);
  if (apply) {
    mkdirSync(to, { recursive: true });
    writeFileSync(target, incoming);
  }
}
console.log(changed ? `${changed} file(s) ${apply ? "written" : "would change"}` : "up to date");
