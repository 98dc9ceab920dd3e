import { readFileSync, statSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";

const [cssPath, ...rest] = process.argv.slice(2);
const max = Number(rest[rest.indexOf("--max-bytes") + 1] ?? 4096);
const css = readFileSync(cssPath, "utf8");
const mime: Record<string, string> = { ".png": "image/png", ".gif": "image/gif", ".webp": "image/webp" };

const out = css.replace(/url\((['"]?)([^'")]+)\1\)/g, (match, _q, ref: string) => {
  if (/^(https?:)?\/\//.test(ref) || ref.startsWith("data:")) return match;
  const file = resolve(dirname(cssPath), ref);
  if (statSync(file).size > max) {
    console.error(`skipped (too big): ${ref}`);
    return match;
  }
  const ext = extname(file).toLowerCase();
  if (ext === ".svg") {
    const svg = readFileSync(file, "utf8").replace(/"/g, "'").replace(/\s+/g, " ");
    return `url("data:image/svg+xml,${encodeURIComponent(svg).replace(/%20/g, " ")}")`;
  }
  if (mime[ext]) return `url("data:${mime[ext]};base64,${readFileSync(file).toString("base64")}")`;
  return match;
});
process.stdout.write(out);
