// Runs after `npm install`: checks the node version and prepares the cache folder.
const fs = require("fs");
const path = require("path");
const os = require("os");

const [major] = process.versions.node.split(".").map(Number);
if (major < 18) {
  console.warn("[research-paper-digest-workbench] node >= 18 is recommended, found " + process.version);
}

const cacheDir = path.join(os.homedir(), ".cache", "research-paper-digest-workbench");
fs.mkdirSync(cacheDir, { recursive: true });

console.log("[research-paper-digest-workbench] ready, cache at " + cacheDir);
