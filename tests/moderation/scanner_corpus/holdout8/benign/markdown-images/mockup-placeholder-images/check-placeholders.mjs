import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const HOSTS = /(placehold\.co|picsum\.photos|ui-avatars\.com|via\.placeholder\.com)/;
let found = 0;
function walk(dir) {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(md|mdx|html|tsx|jsx|vue|svelte|css)$/.test(name)) {
      readFileSync(p, "utf8").split("\n").forEach((line, i) => {
        if (HOSTS.test(line)) { console.log(`${p}:${i + 1}: ${line.trim().slice(0, 120)}`); found++; }
      });
    }
  }
}
for (const d of process.argv.slice(2)) walk(d);
if (found) { console.error(`${found} placeholder image references left`); process.exit(1); }
