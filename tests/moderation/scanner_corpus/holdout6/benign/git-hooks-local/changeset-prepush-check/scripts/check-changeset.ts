import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

const git = (...args: string[]) => execFileSync("git", args, { encoding: "utf8" }).trim();

function changedFiles(): string[] {
  const base = git("merge-base", "HEAD", "origin/main");
  return git("diff", "--name-only", `${base}...HEAD`).split("\n").filter(Boolean);
}

function publishedPackage(dir: string): string | null {
  const file = `packages/${dir}/package.json`;
  if (!existsSync(file)) return null;
  const pkg = JSON.parse(readFileSync(file, "utf8")) as { name: string; private?: boolean };
  return pkg.private ? null : pkg.name;
}

const files = changedFiles();
const touched = new Set<string>();
for (const f of files) {
  const m = f.match(/^packages\/([^/]+)\/src\//);
  if (m) {
    const name = publishedPackage(m[1]);
    if (name) touched.add(name);
  }
}

const changesetText = files
  .filter((f) => /^\.changeset\/[^/]+\.md$/.test(f) && existsSync(f))
  .map((f) => readFileSync(f, "utf8"))
  .join("\n");

const missing = [...touched].filter((name) => !changesetText.includes(`"${name}"`));
if (missing.length === 0) process.exit(0);

console.log(`changed without a changeset: ${missing.join(", ")}`);
console.log("add one with: npx changeset");
if (process.env.CHANGESET_STRICT === "1") {
  console.log("push blocked (CHANGESET_STRICT=1); use --no-verify to override once");
  process.exit(1);
}
