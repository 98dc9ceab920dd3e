import { readFileSync, writeFileSync, existsSync, copyFileSync, mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";

const scope = process.argv[process.argv.indexOf("--scope") + 1] ?? "project";
const file = scope === "user" ? join(homedir(), ".claude", "settings.json") : join(".claude", "settings.json");
const RULES = ["Read(./.env)", "Read(./.env.*)", "Read(./secrets/**)", "Read(~/.ssh/**)", "Read(~/.aws/**)", "Read(~/.config/gcloud/**)", "Read(~/.kube/config)"];
const cur = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
cur.permissions ??= {};
cur.permissions.deny ??= [];
cur.permissions.allow ??= [];
for (const r of RULES) if (!cur.permissions.deny.includes(r)) cur.permissions.deny.push(r);
if (!cur.permissions.allow.includes("Read(./.env.example)")) cur.permissions.allow.push("Read(./.env.example)");
const out = JSON.stringify(cur, null, 2) + "\n";
console.log(out);
if (!process.argv.includes("--dry-run")) {
  if (existsSync(file)) copyFileSync(file, file + ".bak");
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, out);
  console.log(`wrote ${file}`);
}
