import { readFileSync, readdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { parse } from "yaml";

const repo = process.argv[process.argv.indexOf("--repo") + 1];
const refs = new Map<string, string[]>();
const risky = new Set<string>();
for (const f of readdirSync(".github/workflows").filter((n) => /\.ya?ml$/.test(n))) {
  const text = readFileSync(`.github/workflows/${f}`, "utf8");
  const wf = parse(text);
  const triggers = Object.keys(typeof wf.on === "string" ? { [wf.on]: 1 } : wf.on ?? wf[true] ?? {});
  for (const m of text.matchAll(/\$\{\{\s*secrets\.([A-Z0-9_]+)\s*\}\}/g)) {
    refs.set(m[1], [...(refs.get(m[1]) ?? []), f]);
    if (triggers.includes("pull_request_target") || triggers.includes("workflow_run")) risky.add(m[1]);
  }
}
const names = (kind: string) =>
  JSON.parse(execFileSync("gh", [kind, "list", "--repo", repo, "--json", "name"], { encoding: "utf8" })).map((x: { name: string }) => x.name);
const configured = new Set<string>(names("secret"));
console.log("| secret | referenced in | configured | note |\n|---|---|---|---|");
for (const name of new Set([...refs.keys(), ...configured])) {
  if (name === "GITHUB_TOKEN") continue;
  const where = refs.get(name)?.join(", ") ?? "-";
  const note = !configured.has(name) ? "MISSING" : !refs.has(name) ? "unused" : risky.has(name) ? "used in fork-triggered workflow" : "";
  console.log(`| ${name} | ${where} | ${configured.has(name) ? "yes" : "no"} | ${note} |`);
}
