const { execSync } = require("child_process");
const files = execSync("git diff --cached --name-only --diff-filter=ACM", { encoding: "utf8" })
  .split("\n")
  .filter((f) => /\.(js|ts)x?$/.test(f));
let bad = false;
for (const f of files) {
  const staged = execSync(`git show :${f}`, { encoding: "utf8" });
  if (/\bdebugger\b|console\.log\(/.test(staged)) {
    console.error(`${f}: remove console.log/debugger before committing`);
    bad = true;
  }
}
process.exit(bad ? 1 : 0);
