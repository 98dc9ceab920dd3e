// Append secret-file deny rules to .claude/settings.json (dry run by default).
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

const PATTERNS: string[] = [
  "Read(./.env)",
  "Read(./.env.*)",
  "Read(./**/*.pem)",
  "Read(./**/*.key)",
  "Read(./**/id_rsa*)",
  "Read(./secrets/**)",
  "Read(./.aws/**)",
];

interface Settings {
  permissions?: { allow?: string[]; deny?: string[]; ask?: string[] };
  [key: string]: unknown;
}

function load(file: string): Settings {
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, "utf8")) as Settings;
}

function main(): void {
  const write = process.argv.includes("--write");
  const file = resolve(".claude/settings.json");
  const settings = load(file);
  settings.permissions ??= {};
  const deny = (settings.permissions.deny ??= []);

  const added = PATTERNS.filter((p) => !deny.includes(p));
  if (added.length === 0) {
    console.log("all patterns already denied");
    return;
  }
  deny.push(...added);
  console.log(`${write ? "adding" : "would add"} ${added.length} deny rule(s):`);
  for (const rule of added) console.log(`  ${rule}`);

  if (!write) {
    console.log("dry run; pass --write to save");
    return;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(settings, null, 2) + "\n");
  console.log(`saved ${file}`);
}

main();
