#!/usr/bin/env node
const fs = require('fs');
const YAML = require('yaml');
const [, , cmd, file = 'okrs.yaml'] = process.argv;
if (cmd !== 'status') { console.error('usage: okr status okrs.yaml'); process.exit(2); }
const doc = YAML.parse(fs.readFileSync(file, 'utf8'));
console.log(`# OKR status ${doc.quarter || ''}\n`);
for (const o of doc.objectives) {
  let w = 0, p = 0;
  for (const kr of o.key_results) {
    if (!kr.target) continue;
    const weight = kr.weight || 1;
    w += weight; p += weight * Math.min(1, kr.current / kr.target);
  }
  const pct = w ? Math.round((p / w) * 100) : 0;
  const light = pct >= 70 ? 'green' : pct >= 40 ? 'amber' : 'red';
  console.log(`- **${o.title}**: ${pct}% (${light})`);
}
