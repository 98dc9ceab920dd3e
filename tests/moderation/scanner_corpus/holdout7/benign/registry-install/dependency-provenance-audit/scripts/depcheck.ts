const name = process.argv[2];
if (!name) {
  console.error("usage: depcheck.ts <package>");
  process.exit(2);
}
const meta = await (await fetch(`https://registry.npmjs.org/${encodeURIComponent(name)}`)).json();
if (meta.error) {
  console.log(`${name}: not found on npm (typo?)`);
  process.exit(1);
}
const latest = meta["dist-tags"].latest;
const v = meta.versions[latest];
const created = new Date(meta.time.created);
const ageDays = Math.round((Date.now() - created.getTime()) / 86400e3);
const dl = await (await fetch(`https://api.npmjs.org/downloads/point/last-week/${encodeURIComponent(name)}`)).json();
const scripts = Object.keys(v.scripts ?? {}).filter((s) => /install/.test(s));

console.log(`${name}@${latest}`);
console.log(`  age:           ${ageDays} days`);
console.log(`  maintainers:   ${(meta.maintainers ?? []).map((m: { name: string }) => m.name).join(", ")}`);
console.log(`  weekly dl:     ${dl.downloads ?? "?"}`);
console.log(`  install hooks: ${scripts.length ? scripts.join(", ") : "none"}`);
console.log(`  provenance:    ${v.dist?.attestations ? "yes" : "no"}`);
console.log(`  repository:    ${v.repository?.url ?? "none listed"}`);
const flags = [
  ageDays < 30 && "very new",
  scripts.length && "runs install scripts",
  (dl.downloads ?? 0) < 100 && "few downloads",
].filter(Boolean);
console.log(flags.length ? `  look closer: ${flags.join("; ")}` : "  nothing unusual");
