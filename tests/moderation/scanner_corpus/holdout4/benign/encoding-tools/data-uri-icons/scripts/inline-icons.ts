import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { extname, join, basename } from "node:path";

const [src, out] = process.argv.slice(2);
const LIMIT = 4096;
const rules: string[] = [];

for (const file of readdirSync(src)) {
  const full = join(src, file);
  if (statSync(full).size > LIMIT) {
    console.warn(`skip ${file}: larger than ${LIMIT} bytes`);
    continue;
  }
  const ext = extname(file).toLowerCase();
  let uri: string;
  if (ext === ".svg") {
    const svg = readFileSync(full, "utf8").replace(/\s+/g, " ").trim();
    uri = `data:image/svg+xml,${encodeURIComponent(svg).replace(/'/g, "%27")}`;
  } else if (ext === ".png") {
    uri = `data:image/png;base64,${readFileSync(full).toString("base64")}`;
  } else continue;
  rules.push(`.icon-${basename(file, ext)} { background-image: url('${uri}'); }`);
}
writeFileSync(out, rules.join("\n") + "\n");
console.log(`${rules.length} icons -> ${out}`);
