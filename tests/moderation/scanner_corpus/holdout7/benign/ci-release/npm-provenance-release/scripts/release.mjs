import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline/promises";

const sh = (cmd, args) => execFileSync(cmd, args, { encoding: "utf8" }).trim();
const pkg = JSON.parse(readFileSync("package.json", "utf8"));

const who = sh("npm", ["whoami"]);
if (sh("git", ["status", "--porcelain"])) throw new Error("working tree is dirty");
if (sh("git", ["rev-parse", "--abbrev-ref", "HEAD"]) !== "main") throw new Error("not on main");

let published = [];
try { published = JSON.parse(sh("npm", ["view", pkg.name, "versions", "--json"])); } catch {}
if (published.includes(pkg.version)) throw new Error(`${pkg.version} is already on npm`);

execFileSync("npm", ["test"], { stdio: "inherit" });
console.log(sh("npm", ["pack", "--dry-run"]));

const rl = createInterface({ input: process.stdin, output: process.stdout });
const ok = await rl.question(`publish ${pkg.name}@${pkg.version} as ${who}? [y/N] `);
rl.close();
if (ok !== "y") process.exit(1);
execFileSync("npm", ["publish", "--access", "public"], { stdio: "inherit" });
execFileSync("git", ["tag", "-a", `v${pkg.version}`, "-m", `v${pkg.version}`]);
console.log(`published; push the tag with: git push origin v${pkg.version}`);
