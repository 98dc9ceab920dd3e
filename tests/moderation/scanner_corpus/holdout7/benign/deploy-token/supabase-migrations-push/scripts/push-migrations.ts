import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline/promises";

const ref = process.argv[process.argv.indexOf("--project-ref") + 1];
if (!ref || !process.env.SUPABASE_ACCESS_TOKEN || !process.env.SUPABASE_DB_PASSWORD) {
  console.error("need --project-ref, SUPABASE_ACCESS_TOKEN and SUPABASE_DB_PASSWORD");
  process.exit(2);
}
const run = (args: string[]) => execFileSync("npx", ["supabase", ...args], { encoding: "utf8" });

run(["link", "--project-ref", ref, "--password", process.env.SUPABASE_DB_PASSWORD]);
const listing = run(["migration", "list"]);
const pending = listing.split("\n").filter((l) => /^\s*\d{14}\s*\|\s*\|/.test(l)).map((l) => l.trim().split(/\s+/)[0]);
if (!pending.length) { console.log("no pending migrations"); process.exit(0); }

for (const version of pending) {
  const file = execFileSync("ls", ["supabase/migrations"], { encoding: "utf8" }).split("\n").find((f) => f.startsWith(version));
  console.log(`--- ${file}\n${readFileSync(`supabase/migrations/${file}`, "utf8")}`);
}
const rl = createInterface({ input: process.stdin, output: process.stdout });
const ok = await rl.question(`apply ${pending.length} migration(s) to ${ref}? [y/N] `);
rl.close();
if (ok !== "y") process.exit(1);
console.log(run(["db", "push", "--password", process.env.SUPABASE_DB_PASSWORD]));
