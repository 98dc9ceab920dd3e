import { readFileSync } from "node:fs";

const tag = process.argv[2] ?? "";
const { version } = JSON.parse(readFileSync("package.json", "utf8"));
if (tag !== `v${version}`) {
  console.error(`tag ${tag} does not match package.json version ${version}`);
  process.exit(1);
}
console.log(`publishing ${version}`);
