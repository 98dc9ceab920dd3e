// Runs after `npm install`: checks the node version and prepares the cache folder.
const fs = require("fs");
const path = require("path");
const os = require("os");

const [major] = process.versions.node.split(".").map(Number);
if (major < 18) {
  console.warn("[expense-category-mapper-lab] node >= 18 is recommended, found " + process.version);
}

const cacheDir = path.join(os.homedir(), ".cache", "expense-category-mapper-lab");
fs.mkdirSync(cacheDir, { recursive: true });

console.log("[expense-category-mapper-lab] ready, cache at " + cacheDir);
