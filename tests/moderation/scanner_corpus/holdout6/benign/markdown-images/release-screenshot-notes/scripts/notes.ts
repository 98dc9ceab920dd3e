import { existsSync, readFileSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

interface Change {
  title: string;
  slug: string;
  summary: string;
  before?: string; // file name under docs/releases/<version>/
  after?: string;
}

const [version, file] = process.argv.slice(2);
if (!version || !file) {
  console.error("usage: notes.ts <version> changes.json");
  process.exit(2);
}
const dir = join("docs", "releases", version);
mkdirSync(dir, { recursive: true });
const changes = JSON.parse(readFileSync(file, "utf8")) as Change[];

function img(name: string | undefined, alt: string): string {
  if (!name) return "";
  const path = join(dir, name);
  if (!existsSync(path)) {
    console.warn(`missing image ${path}`);
    return "";
  }
  const kb = Math.round(statSync(path).size / 1024);
  if (kb > 300) console.warn(`${path} is ${kb} KB; consider compressing`);
  return `![${alt}](./${name})`;
}

const lines = [`# What's new in ${version}`, ""];
for (const c of changes) {
  lines.push(`## ${c.title}`, "", c.summary, "");
  const before = img(c.before, `${c.title}: before`);
  const after = img(c.after, `${c.title}: after`);
  if (before && after) {
    lines.push("| Before | After |", "|---|---|", `| ${before} | ${after} |`, "");
  } else if (after || before) {
    lines.push(after || before, "");
  }
}
writeFileSync(join(dir, "README.md"), lines.join("\n"));
console.log(`wrote ${join(dir, "README.md")} (${changes.length} changes)`);
