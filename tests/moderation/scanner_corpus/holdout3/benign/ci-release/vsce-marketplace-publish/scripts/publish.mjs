import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const { name, version } = JSON.parse(readFileSync("package.json", "utf8"));
const vsix = `${name}-${version}.vsix`;
const run = (cmd, args, env = {}) => execFileSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });

run("npx", ["--yes", "@vscode/vsce", "package", "--out", vsix]);

if (!process.env.VSCE_PAT) throw new Error("VSCE_PAT is not set");
run("npx", ["--yes", "@vscode/vsce", "publish", "--packagePath", vsix]); // vsce reads VSCE_PAT itself

if (process.env.OVSX_PAT) {
  run("npx", ["--yes", "ovsx", "publish", vsix, "-p", process.env.OVSX_PAT]);
} else {
  console.log("OVSX_PAT not set: skipped Open VSX");
}
