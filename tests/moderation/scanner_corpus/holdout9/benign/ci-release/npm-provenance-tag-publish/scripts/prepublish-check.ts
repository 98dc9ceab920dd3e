import { readFileSync, readdirSync } from "node:fs";

const pkg = JSON.parse(readFileSync("package.json", "utf8"));
const tag = process.env.GITHUB_REF_NAME ?? "";
if (tag !== `v${pkg.version}`) {
  console.error(`tag ${tag} does not match package.json version ${pkg.version}`);
  process.exit(1);
}
for (const f of readdirSync("dist")) {
  if (f.endsWith(".map")) {
    const map = JSON.parse(readFileSync(`dist/${f}`, "utf8"));
    if ((map.sources ?? []).some((s: string) => s.startsWith("../../"))) {
      console.error(`dist/${f} references files outside the package`);
      process.exit(1);
    }
  }
}
console.log("prepublish checks passed");
