import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { homedir, platform } from "node:os";
import { join } from "node:path";

const brave = process.argv.includes("--brave");
const base = {
  darwin: join(homedir(), "Library", "Application Support"),
  linux: join(homedir(), ".config"),
  win32: join(process.env.LOCALAPPDATA ?? "", ""),
}[platform()];
const vendor = brave ? join("BraveSoftware", "Brave-Browser") : platform() === "linux" ? "google-chrome" : join("Google", "Chrome");
const file = join(base, vendor, platform() === "win32" ? "User Data" : "", "Default", "Bookmarks");

const root = JSON.parse(readFileSync(file, "utf8")).roots;
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
function walk(node, depth) {
  const pad = "  ".repeat(depth);
  if (node.type === "url") return `${pad}<DT><A HREF="${esc(node.url)}">${esc(node.name)}</A>\n`;
  let out = `${pad}<DT><H3>${esc(node.name)}</H3>\n${pad}<DL><p>\n`;
  for (const child of node.children ?? []) out += walk(child, depth + 1);
  return out + `${pad}</DL><p>\n`;
}
let html = "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<TITLE>Bookmarks</TITLE>\n<DL><p>\n";
for (const key of ["bookmark_bar", "other", "synced"]) if (root[key]) html += walk(root[key], 1);
html += "</DL><p>\n";

const outDir = join(homedir(), "Documents", "Bookmarks");
mkdirSync(outDir, { recursive: true });
const out = join(outDir, `bookmarks-${new Date().toISOString().slice(0, 10)}.html`);
writeFileSync(out, html);
console.log(`wrote ${out}`);
