import { readFileSync } from "node:fs";
const tag = process.argv[2].replace(/^v/, "");
const { version } = JSON.parse(readFileSync("package.json", "utf8"));
if (tag !== version) {
  console.error(`tag ${tag} != package.json ${version}`);
  process.exit(1);
}
