import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const [msgFile, source] = process.argv.slice(2);
// Leave merges, squashes and amend messages alone.
if (source === "merge" || source === "squash" || source === "commit") process.exit(0);

const branch = execFileSync("git", ["branch", "--show-current"], { encoding: "utf8" }).trim();
const id = branch.match(/\b([A-Z][A-Z0-9]+-\d+)\b/)?.[1];
if (!id) process.exit(0);

const msg = readFileSync(msgFile, "utf8");
if (!msg.startsWith(id)) writeFileSync(msgFile, `${id} ${msg}`);
