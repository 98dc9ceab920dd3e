const [repo] = process.argv.slice(2);
const headers = {
  Authorization: `Bearer ${process.env.GITHUB_TOKEN}`,
  Accept: "application/vnd.github+json",
  "X-GitHub-Api-Version": "2022-11-28",
};
const csv = (v) => `"${String(v ?? "").replaceAll('"', '""')}"`;
console.log(["number", "title", "state", "labels", "assignees", "created", "closed"].join(","));

for (let page = 1; ; page++) {
  const res = await fetch(`https://api.github.com/repos/${repo}/issues?state=all&per_page=100&page=${page}`, { headers });
  if (!res.ok) throw new Error(`GitHub answered ${res.status}`);
  const items = await res.json();
  if (items.length === 0) break;
  for (const i of items) {
    if (i.pull_request) continue;
    console.log([i.number, i.title, i.state, i.labels.map((l) => l.name).join(";"),
      i.assignees.map((a) => a.login).join(";"), i.created_at, i.closed_at].map(csv).join(","));
  }
}
