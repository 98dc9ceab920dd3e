const [repo, ...args] = process.argv.slice(2);
const keep = Number(args[args.indexOf("--keep") + 1] ?? 14);
const del = args.includes("--delete");
const token = process.env.GITHUB_TOKEN;
if (!repo || !token) throw new Error("usage: prune-nightlies.mjs owner/repo --keep N [--delete]; GITHUB_TOKEN required");

const gh = (path, init = {}) =>
  fetch(`https://api.github.com/repos/${repo}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, Accept: "application/vnd.github+json" },
  });

let releases = [];
for (let page = 1; ; page++) {
  const res = await gh(`/releases?per_page=100&page=${page}`);
  const batch = await res.json();
  if (!batch.length) break;
  releases.push(...batch);
}
const nightlies = releases
  .filter((r) => r.prerelease && /^nightly-\d{8}$/.test(r.tag_name))
  .sort((a, b) => b.tag_name.localeCompare(a.tag_name));
const doomed = nightlies.slice(keep);
for (const r of doomed) {
  console.log(`${del ? "deleting" : "would delete"} ${r.tag_name} (${r.assets.length} assets)`);
  if (del) await gh(`/releases/${r.id}`, { method: "DELETE" });
}
console.log(`${doomed.length} of ${nightlies.length} nightlies ${del ? "deleted" : "selected"}`);
