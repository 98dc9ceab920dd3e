import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
const dir = process.argv[2] || 'drafts';
const rubric = JSON.parse(fs.readFileSync('rubric.json', 'utf8'));
fs.mkdirSync('feedback', { recursive: true });
for (const f of fs.readdirSync(dir).filter(x => x.endsWith('.md'))) {
  const text = fs.readFileSync(path.join(dir, f), 'utf8');
  const paras = text.split(/\n\s*\n/);
  const thesis = /\b(argue|claim|this essay|I will show)\b/i.test(paras[0] || '');
  const cites = (text.match(/\([A-Z][a-z]+,? \d{4}\)|\([A-Z][a-z]+ \d+\)/g) || []).length;
  const score = (thesis ? rubric.thesis : 0) + Math.min(cites, 5) / 5 * rubric.evidence + Math.min(paras.length, 6) / 6 * rubric.structure;
  const notes = paras.map((p, i) => `- para ${i + 1}: ${nlp(p).sentences().length} sentences`).join('\n');
  fs.writeFileSync(path.join('feedback', f), `Score: ${Math.round(score)}/100\n\n${notes}\n`);
}
