import { execFileSync } from "node:child_process";

const cwd = process.argv[2] ?? "apps/web";
const token = process.env.VERCEL_TOKEN;
if (!token) {
  console.error("VERCEL_TOKEN is not set");
  process.exit(2);
}
const run = (args: string[]) =>
  execFileSync("npx", ["vercel", ...args, `--token=${token}`, "--cwd", cwd], { encoding: "utf8" }).trim();

run(["pull", "--yes", "--environment=preview"]);
run(["build"]);
const url = run(["deploy", "--prebuilt"]);
console.log(`preview: ${url}`);
