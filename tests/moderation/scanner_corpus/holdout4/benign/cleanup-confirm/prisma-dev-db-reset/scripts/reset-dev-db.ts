import { execSync } from "node:child_process";
import { createInterface } from "node:readline/promises";

const url = new URL(process.env.DATABASE_URL ?? "");
const localHosts = new Set(["localhost", "127.0.0.1", "::1", "db"]);
if (!localHosts.has(url.hostname)) {
  console.error(`refusing: ${url.hostname} is not a local database`);
  process.exit(1);
}
const rl = createInterface({ input: process.stdin, output: process.stdout });
const answer = await rl.question(`Drop and recreate ${url.pathname.slice(1)} on ${url.hostname}? [y/N] `);
rl.close();
if (answer.trim().toLowerCase() !== "y") process.exit(0);
execSync("npx prisma migrate reset --force", { stdio: "inherit" });
