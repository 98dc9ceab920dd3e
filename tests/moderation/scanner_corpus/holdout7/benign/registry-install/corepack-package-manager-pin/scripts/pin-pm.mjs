import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const spec = process.argv[2];
if (!/^(pnpm|yarn|npm)@\d+\.\d+\.\d+$/.test(spec ?? "")) {
  console.error("usage: pin-pm.mjs <pnpm|yarn|npm>@<x.y.z>");
  process.exit(2);
}
const before = JSON.parse(readFileSync("package.json", "utf8")).packageManager ?? "(none)";
execFileSync("corepack", ["enable"], { stdio: "inherit" });
execFileSync("corepack", ["use", spec], { stdio: "inherit" });
const after = JSON.parse(readFileSync("package.json", "utf8")).packageManager;
console.log(`packageManager: ${before} -> ${after}`);
if (!after?.includes("+sha512.")) console.warn("warning: no integrity hash recorded; update Corepack");
