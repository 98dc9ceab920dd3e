import { readFileSync, existsSync } from "node:fs";
import "dotenv/config";

const example = readFileSync(".env.example", "utf8")
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith("#"))
  .map((l) => l.split("=")[0]);

let missing = 0;
for (const name of example) {
  const v = process.env[name];
  if (v === undefined || v === "") {
    missing++;
    console.log(`MISSING  ${name}`);
  } else {
    console.log(`ok       ${name} (set, ${v.length} chars)`);
  }
}
if (!existsSync(".env")) console.log("(no .env file; using the process environment only)");
process.exitCode = missing ? 1 : 0;
