import { readFileSync, existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const manifest: Record<string, string> = JSON.parse(readFileSync(".release-please-manifest.json", "utf8"));
const config = JSON.parse(readFileSync("release-please-config.json", "utf8"));
let bad = 0;

for (const [path, version] of Object.entries(manifest)) {
  const pkgFile = join(path, "package.json");
  const pkgVersion = existsSync(pkgFile) ? JSON.parse(readFileSync(pkgFile, "utf8")).version : "-";
  const component = config.packages?.[path]?.component ?? path.split("/").pop();
  let tag = "-";
  try {
    tag = execFileSync("git", ["describe", "--tags", "--abbrev=0", `--match=${component}-v*`], { encoding: "utf8" }).trim();
  } catch {}
  const tagVersion = tag.replace(`${component}-v`, "");
  const ok = version === pkgVersion && (tag === "-" || version === tagVersion);
  if (!ok) bad++;
  console.log(`${path.padEnd(28)} manifest=${version} package=${pkgVersion} tag=${tag} ${ok ? "OK" : "MISMATCH"}`);
}
process.exitCode = bad ? 1 : 0;
