import { execSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const sh = (c) => execSync(c, { encoding: "utf8" }).trim();
const last = sh("git describe --tags --abbrev=0 2>/dev/null || echo ''");
const log = sh(`git log ${last ? last + ".." : ""}HEAD --format=%s`).split("\n").filter(Boolean);

let level = process.argv.find((a) => ["--major", "--minor", "--patch"].includes(a))?.slice(2);
if (!level) {
  if (log.some((s) => /^\w+(\(.+\))?!:|BREAKING CHANGE/.test(s))) level = "major";
  else if (log.some((s) => s.startsWith("feat"))) level = "minor";
  else level = "patch";
}

const pkg = JSON.parse(readFileSync("package.json", "utf8"));
const [ma, mi, pa] = pkg.version.split(".").map(Number);
const next = level === "major" ? `${ma + 1}.0.0` : level === "minor" ? `${ma}.${mi + 1}.0` : `${ma}.${mi}.${pa + 1}`;
for (const file of ["package.json", "package-lock.json"]) {
  const data = JSON.parse(readFileSync(file, "utf8"));
  data.version = next;
  if (data.packages?.[""]) data.packages[""].version = next;
  writeFileSync(file, JSON.stringify(data, null, 2) + "\n");
}
sh(`git commit -am "chore(release): v${next}" && git tag v${next}`);
console.log(`${pkg.version} -> ${next} (${level}, ${log.length} commits)`);
