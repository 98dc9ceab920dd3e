import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
const BASE = "https://blog.example.com/api/og";
let changed = 0;

for (const file of readdirSync(dir).filter((f) => f.endsWith(".md"))) {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  const m = text.match(/^---\n([\s\S]*?)\n---\n/);
  if (!m) continue;
  const fm = m[1];
  if (/^draft:\s*true/m.test(fm)) continue;
  const title = fm.match(/^title:\s*"?(.+?)"?$/m)?.[1];
  const date = fm.match(/^date:\s*(\S+)/m)?.[1] ?? "";
  if (!title) continue;
  const url = `${BASE}?title=${encodeURIComponent(title)}&date=${encodeURIComponent(date.slice(0, 10))}`;
  const newFm = /^image:/m.test(fm) ? fm.replace(/^image:.*$/m, `image: "${url}"`) : `${fm}\nimage: "${url}"`;
  if (newFm !== fm) {
    writeFileSync(path, text.replace(fm, newFm));
    changed++;
  }
}
console.log(`${changed} post(s) updated`);
