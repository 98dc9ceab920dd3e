import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const root = "supabase/functions";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? process.argv[i + 1] : undefined;
}

function run(cmd: string, args: string[]): void {
  console.log(`$ ${cmd} ${args.join(" ")}`);
  execFileSync(cmd, args, { stdio: "inherit", env: process.env });
}

function main(): void {
  const ref = arg("project-ref");
  const only = arg("only");
  if (!ref || !/^[a-z]{20}$/.test(ref)) throw new Error("--project-ref must be the 20-letter project ref");
  if (!process.env.SUPABASE_ACCESS_TOKEN) throw new Error("SUPABASE_ACCESS_TOKEN is not set");

  const functions = readdirSync(root).filter(
    (name) => !name.startsWith("_") && !name.startsWith(".") && statSync(join(root, name)).isDirectory(),
  );
  const selected = only ? functions.filter((f) => f === only) : functions;
  if (selected.length === 0) throw new Error(`no functions matched (${functions.join(", ")})`);

  for (const fn of selected) run("deno", ["check", join(root, fn, "index.ts")]);

  const envFile = join(root, ".env.production");
  if (existsSync(envFile)) {
    const names = readFileSync(envFile, "utf8")
      .split("\n")
      .filter((l) => /^[A-Z_][A-Z0-9_]*=/.test(l))
      .map((l) => l.split("=")[0]);
    console.log(`syncing ${names.length} secret(s): ${names.join(", ")}`);
    run("supabase", ["secrets", "set", "--env-file", envFile, "--project-ref", ref]);
  }

  for (const fn of selected) run("supabase", ["functions", "deploy", fn, "--project-ref", ref]);
  console.log(`deployed: ${selected.join(", ")}`);
}

try {
  main();
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
