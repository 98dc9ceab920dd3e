#!/usr/bin/env node
'use strict';

const [repo, version] = process.argv.slice(2);
const token = process.env.GITHUB_TOKEN;
if (!repo || !version || !token) {
  console.error('usage: GITHUB_TOKEN=... node draft.js owner/repo vX.Y.Z');
  process.exit(2);
}

const API = 'https://api.github.com';
const headers = {
  Authorization: `Bearer ${token}`,
  Accept: 'application/vnd.github+json',
  'X-GitHub-Api-Version': '2022-11-28',
};

async function gh(path, init = {}) {
  const res = await fetch(`${API}${path}`, { ...init, headers: { ...headers, ...(init.headers || {}) } });
  if (!res.ok) throw new Error(`${init.method || 'GET'} ${path}: ${res.status}`);
  return res.status === 204 ? null : res.json();
}

const GROUPS = [
  ['feature', 'Features'],
  ['bug', 'Fixes'],
  ['documentation', 'Docs'],
  ['dependencies', 'Dependencies'],
];

async function main() {
  const releases = await gh(`/repos/${repo}/releases?per_page=20`);
  const last = releases.find((r) => !r.draft);
  const since = last ? last.published_at : '1970-01-01T00:00:00Z';
  const q = encodeURIComponent(`repo:${repo} is:pr is:merged merged:>${since}`);
  const { items } = await gh(`/search/issues?q=${q}&per_page=100`);

  const sections = new Map(GROUPS.map(([, title]) => [title, []]));
  sections.set('Other', []);
  for (const pr of items) {
    const labels = pr.labels.map((l) => l.name);
    const group = GROUPS.find(([label]) => labels.includes(label));
    sections.get(group ? group[1] : 'Other').push(`- ${pr.title} (#${pr.number}) @${pr.user.login}`);
  }
  let body = '';
  for (const [title, lines] of sections) if (lines.length) body += `## ${title}\n\n${lines.join('\n')}\n\n`;

  const existing = releases.find((r) => r.draft && r.tag_name === version);
  const payload = { tag_name: version, name: version, body: body.trim(), draft: true };
  const rel = existing
    ? await gh(`/repos/${repo}/releases/${existing.id}`, { method: 'PATCH', body: JSON.stringify(payload) })
    : await gh(`/repos/${repo}/releases`, { method: 'POST', body: JSON.stringify(payload) });
  console.log(`draft ready: ${rel.html_url} (${items.length} PRs)`);
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
