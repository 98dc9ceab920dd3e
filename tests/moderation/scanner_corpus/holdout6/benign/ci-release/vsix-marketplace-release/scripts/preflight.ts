import { readFileSync, existsSync } from "node:fs";
import { execFileSync } from "node:child_process";

interface Manifest {
  name: string;
  publisher?: string;
  version: string;
  engines?: { vscode?: string };
  repository?: unknown;
  icon?: string;
}

const problems: string[] = [];
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as Manifest;

for (const field of ["publisher", "repository", "icon"] as const) {
  if (!pkg[field]) problems.push(`package.json: missing ${field}`);
}
if (!pkg.engines?.vscode) problems.push("package.json: missing engines.vscode");
if (pkg.icon && !existsSync(pkg.icon)) problems.push(`icon file ${pkg.icon} not found`);

const changelog = existsSync("CHANGELOG.md") ? readFileSync("CHANGELOG.md", "utf8") : "";
if (!changelog.includes(pkg.version)) problems.push(`CHANGELOG.md does not mention ${pkg.version}`);

const listing = execFileSync("npx", ["@vscode/vsce", "ls"], { encoding: "utf8" }).split("\n");
const unwanted = listing.filter((f) => /^(src\/|test\/|\.env|.*\.map$|node_modules\/\.cache)/.test(f));
if (unwanted.length) problems.push(`would package: ${unwanted.slice(0, 10).join(", ")}`);

console.log(`${pkg.publisher}.${pkg.name}@${pkg.version}: ${listing.filter(Boolean).length} files`);
if (problems.length) {
  for (const p of problems) console.log(`  ✗ ${p}`);
  process.exit(1);
}
console.log("  ✓ ready to publish");
