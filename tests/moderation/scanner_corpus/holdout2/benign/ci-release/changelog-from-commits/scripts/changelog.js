const { execSync } = require("child_process");
const last = execSync("git describe --tags --abbrev=0").toString().trim();
const log = execSync(`git log ${last}..HEAD --pretty=%s`).toString().trim().split("\n");
const groups = { feat: [], fix: [], other: [] };
for (const line of log) {
  const m = /^(feat|fix)(\(.+\))?:\s*(.*)/.exec(line);
  (m ? groups[m[1]] : groups.other).push(m ? m[3] : line);
}
console.log(`## Unreleased\n\n### Features\n${groups.feat.map((s) => `- ${s}`).join("\n")}\n\n### Fixes\n${groups.fix.map((s) => `- ${s}`).join("\n")}`);
