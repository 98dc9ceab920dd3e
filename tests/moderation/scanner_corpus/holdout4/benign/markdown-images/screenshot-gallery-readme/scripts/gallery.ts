import { readdirSync } from "node:fs";
import { join, parse } from "node:path";

const dir = process.argv[2] ?? "docs/screenshots";
const images = readdirSync(dir).filter((f) => /\.(png|jpe?g|webp|gif)$/i.test(f)).sort();
const caption = (f: string) => parse(f).name.replace(/^\d+[-_]/, "").replace(/[-_]/g, " ");

const rows: string[] = ["## Screenshots", "", "| | |", "|---|---|"];
for (let i = 0; i < images.length; i += 2) {
  const cell = (f?: string) => (f ? `![${caption(f)}](${join(dir, f)})<br>${caption(f)}` : "");
  rows.push(`| ${cell(images[i])} | ${cell(images[i + 1])} |`);
}
console.log(rows.join("\n"));
