import { readFileSync, writeFileSync, statSync } from "node:fs";
import { dirname, resolve, extname } from "node:path";

const [css, ...rest] = process.argv.slice(2);
const opt = (k, d) => (rest.includes(k) ? rest[rest.indexOf(k) + 1] : d);
const max = parseInt(opt("--max", "4kb")) * 1024;
const out = opt("--out", css.replace(/\.css$/, ".inlined.css"));
const MIME = { ".png": "image/png", ".jpg": "image/jpeg", ".webp": "image/webp", ".woff2": "font/woff2", ".svg": "image/svg+xml" };

const svgEncode = (s) => s.replace(/"/g, "'").replace(/[<>#%]/g, encodeURIComponent).replace(/\s+/g, " ");
let added = 0;
const src = readFileSync(css, "utf8");
const result = src.replace(/url\((['"]?)([^'")]+)\1\)/g, (m, _q, ref) => {
  if (/^(data:|https?:|\/\/)/.test(ref)) return m;
  const file = resolve(dirname(css), ref);
  const size = statSync(file).size;
  const ext = extname(file);
  if (size > max || !MIME[ext]) {
    console.log(`skipped  ${ref.padEnd(22)} ${(size / 1024).toFixed(1)} kB`);
    return m;
  }
  const data = ext === ".svg"
    ? `data:image/svg+xml,${svgEncode(readFileSync(file, "utf8"))}`
    : `data:${MIME[ext]};base64,${readFileSync(file).toString("base64")}`;
  added += data.length;
  console.log(`inlined  ${ref.padEnd(22)} ${size} B`);
  return `url("${data}")`;
});
writeFileSync(out, result);
console.log(`total added to CSS: ${(added / 1024).toFixed(1)} kB`);
