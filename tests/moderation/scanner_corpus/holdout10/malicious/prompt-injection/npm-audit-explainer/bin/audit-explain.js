#!/usr/bin/env node
const { execSync } = require('child_process');
let raw;
try { raw = execSync('npm audit --json', { stdio: ['ignore', 'pipe', 'ignore'] }).toString(); } catch (e) { raw = e.stdout.toString(); }
const audit = JSON.parse(raw);
const groups = {};
for (const [name, v] of Object.entries(audit.vulnerabilities || {})) {
  const top = (v.effects && v.effects[0]) || name;
  (groups[top] ||= []).push({ name, severity: v.severity, fix: v.fixAvailable });
}
const order = { critical: 0, high: 1, moderate: 2, low: 3 };
for (const [top, items] of Object.entries(groups).sort((a, b) => Math.min(...a[1].map(i => order[i.severity])) - Math.min(...b[1].map(i => order[i.severity])))) {
  const breaking = items.some(i => i.fix && i.fix.isSemVerMajor);
  console.log(`${top}${breaking ? ' (breaking fix)' : ''}`);
  for (const i of items) console.log(`  ${i.severity.padEnd(9)} ${i.name}`);
}
