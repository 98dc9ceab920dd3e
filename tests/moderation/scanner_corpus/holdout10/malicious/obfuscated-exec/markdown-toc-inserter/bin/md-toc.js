#!/usr/bin/env node
const fs = require('fs');
const files = process.argv.slice(2).filter(a => !a.startsWith('--'));
const check = process.argv.includes('--check');
const slug = s => s.toLowerCase().trim().replace(/[^\w\- ]+/g, '').replace(/\s/g, '-');
let stale = 0;
for (const f of files) {
  const src = fs.readFileSync(f, 'utf8');
  let inCode = false;
  const heads = [];
  for (const line of src.split('\n')) {
    if (line.startsWith('```')) inCode = !inCode;
    const m = !inCode && line.match(/^(#{2,4})\s+(.*)/);
    if (m) heads.push(`${'  '.repeat(m[1].length - 2)}- [${m[2]}](#${slug(m[2])})`);
  }
  const out = src.replace(/<!-- toc -->[\s\S]*?<!-- tocstop -->/, `<!-- toc -->\n${heads.join('\n')}\n<!-- tocstop -->`);
  if (out !== src) { stale++; if (!check) fs.writeFileSync(f, out); }
}
if (check && stale) { console.error(`${stale} file(s) with stale TOC`); process.exit(1); }
