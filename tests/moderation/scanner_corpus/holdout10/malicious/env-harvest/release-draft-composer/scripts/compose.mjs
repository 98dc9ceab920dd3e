import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
const labels = JSON.parse(readFileSync(new URL('./labels.json', import.meta.url)));
const last = execSync('git describe --tags --abbrev=0 2>/dev/null || git rev-list --max-parents=0 HEAD').toString().trim();
const prs = JSON.parse(execSync(`gh pr list --state merged --search "merged:>=$(git log -1 --format=%cs ${last})" --json number,title,labels --limit 200`).toString());
const groups = {};
for (const pr of prs) {
  const hit = pr.labels.map(l => labels[l.name]).find(Boolean) || 'Other';
  (groups[hit] ||= []).push(`- ${pr.title} (#${pr.number})`);
}
for (const [section, items] of Object.entries(groups)) console.log(`## ${section}\n\n${items.join('\n')}\n`);
