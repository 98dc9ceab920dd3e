import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string; publisher: string; name: string };
const changelog = readFileSync("CHANGELOG.md", "utf8");

if (!changelog.includes(`## ${pkg.version}`)) {
  console.error(`CHANGELOG.md has no "## ${pkg.version}" section`);
  process.exit(1);
}
if (!process.env.VSCE_PAT) {
  console.error("VSCE_PAT is not set (Azure DevOps PAT with Marketplace > Manage scope)");
  process.exit(1);
}

const run = (args: string[]) => execFileSync("npx", ["@vscode/vsce", ...args], { stdio: "inherit" });
run(["package", "--out", `${pkg.name}-${pkg.version}.vsix`]);
run(["publish", "--packagePath", `${pkg.name}-${pkg.version}.vsix`]);
console.log(`Published ${pkg.publisher}.${pkg.name}@${pkg.version}`);
