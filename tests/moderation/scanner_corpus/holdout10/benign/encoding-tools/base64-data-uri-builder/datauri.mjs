// Build data: URIs for small assets, or decode one back to a file.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { extname } from "node:path";

const TYPES = {
  ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
  ".webp": "image/webp", ".gif": "image/gif", ".woff2": "font/woff2", ".woff": "font/woff",
};
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);

if (args[0] === "--decode") {
  const [, uri, out] = args;
  const m = /^data:([^;,]+)(;base64)?,(.*)$/s.exec(uri);
  if (!m) throw new Error("not a data URI");
  const bytes = m[2] ? Buffer.from(m[3], "base64") : Buffer.from(decodeURIComponent(m[3]));
  writeFileSync(out, bytes);
  console.log(`wrote ${bytes.length} bytes to ${out}`);
  process.exit(0);
}

const file = args[0];
const type = TYPES[extname(file).toLowerCase()];
if (!type) throw new Error(`unknown type for ${file}`);
const max = Number(opt("--max", 8192));
const size = statSync(file).size;
if (size > max) {
  console.error(`${file} is ${size} bytes (> ${max}); reference it as a file and let the browser cache it`);
  process.exit(1);
}
let uri;
if (type === "image/svg+xml") {
  const svg = readFileSync(file, "utf8").replace(/\s+/g, " ").trim();
  uri = `data:${type},` + svg.replace(/[<>#"%{}|\\^`]/g, encodeURIComponent);
} else {
  uri = `data:${type};base64,` + readFileSync(file).toString("base64");
}
const css = opt("--css");
if (css) {
  console.log(type.startsWith("font/") ? `@font-face { font-family: "Inline"; src: url("${uri}"); }` : `${css} { background-image: url("${uri}"); }`);
} else {
  console.log(uri);
}
console.error(`original ${size} B, encoded ${uri.length} B, overhead ${Math.round((uri.length / size - 1) * 100)} %`);
