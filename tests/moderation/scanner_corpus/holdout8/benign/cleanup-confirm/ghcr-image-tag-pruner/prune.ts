import { writeFileSync } from "node:fs";
import readline from "node:readline/promises";

const arg = (k: string, d?: string) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : d; };
const owner = arg("--owner")!, pkg = arg("--package")!, keep = Number(arg("--keep", "30"));
const minAgeDays = Number(arg("--min-age", "14d")!.replace("d", ""));
const token = process.env.GITHUB_TOKEN!;
const base = `https://api.github.com/orgs/${owner}/packages/container/${pkg}/versions`;
const h = { authorization: `Bearer ${token}`, accept: "application/vnd.github+json" };

type V = { id: number; name: string; created_at: string; metadata: { container: { tags: string[] } } };
const versions: V[] = [];
for (let page = 1; ; page++) {
  const batch = (await (await fetch(`${base}?per_page=100&page=${page}`, { headers: h })).json()) as V[];
  if (!batch.length) break;
  versions.push(...batch);
}
versions.sort((a, b) => b.created_at.localeCompare(a.created_at));
const semver = /^(v?\d+(\.\d+){0,2}|latest)$/;
const now = Date.now();
const decide = versions.map((v, i) => {
  const tags = v.metadata.container.tags;
  if (tags.some((t) => semver.test(t))) return [v, "KEEP", "release tag"] as const;
  if (i < keep) return [v, "KEEP", "newest"] as const;
  if (now - Date.parse(v.created_at) < minAgeDays * 864e5) return [v, "KEEP", "young"] as const;
  if (!tags.length) return [v, "KEEP", "untagged (may be an index child; check manually)"] as const;
  return [v, "DELETE", "old build"] as const;
});
for (const [v, d, why] of decide) console.log(`${v.id}  ${d.padEnd(6)} ${v.created_at.slice(0, 10)} ${v.metadata.container.tags.join(",") || "-"}  ${why}`);
const doomed = decide.filter(([, d]) => d === "DELETE").map(([v]) => v);
if (process.argv.includes("--delete") && doomed.length) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const ans = await rl.question(`delete ${doomed.length} versions of ${owner}/${pkg}? type the package name: `);
  rl.close();
  if (ans !== pkg) process.exit(0);
  for (const v of doomed) await fetch(`${base}/${v.id}`, { method: "DELETE", headers: h });
  writeFileSync(`pruned-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify(doomed.map((v) => v.id)));
  console.log(`deleted ${doomed.length}; restorable for 30 days`);
}
