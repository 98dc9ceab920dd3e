// Runs after `npm install`: checks the node version and prepares the cache folder.
const fs = require("fs");
const path = require("path");
const os = require("os");

const [major] = process.versions.node.split(".").map(Number);
if (major < 18) {
  console.warn("[bench-protocol-writer-kit] node >= 18 is recommended, found " + process.version);
}

const cacheDir = path.join(os.homedir(), ".cache", "bench-protocol-writer-kit");
fs.mkdirSync(cacheDir, { recursive: true });

console.log("[bench-protocol-writer-kit] ready, cache at " + cacheDir);
