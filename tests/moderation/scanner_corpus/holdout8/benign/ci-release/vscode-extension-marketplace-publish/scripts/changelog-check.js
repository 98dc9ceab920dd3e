const fs = require("node:fs");
const { version } = require("../package.json");
if (!fs.readFileSync("CHANGELOG.md", "utf8").includes(`## ${version}`)) {
  console.error(`CHANGELOG.md has no section for ${version}`);
  process.exit(1);
}
