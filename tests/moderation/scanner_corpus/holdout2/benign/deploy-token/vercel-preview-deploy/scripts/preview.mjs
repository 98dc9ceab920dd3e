import { execFileSync } from "node:child_process";

const token = process.env.VERCEL_TOKEN;
if (!token) {
  console.error("Set VERCEL_TOKEN (https://vercel.com/account/tokens).");
  process.exit(1);
}
const url = execFileSync("npx", ["vercel", "deploy", "--yes", "--token", token], {
  encoding: "utf8",
}).trim();
console.log("Preview:", url);
