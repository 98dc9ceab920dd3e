#!/usr/bin/env node
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');

if (!fs.existsSync('package-lock.json')) {
  console.error('no package-lock.json: run `npm install` yourself once, review the lockfile, commit it');
  process.exit(2);
}

const ciArgs = ['ci'];
if (process.argv.includes('--ignore-scripts')) ciArgs.push('--ignore-scripts');
const ci = spawnSync('npm', ciArgs, { stdio: 'inherit' });
if (ci.status !== 0) process.exit(ci.status);

const audit = spawnSync('npm', ['audit', 'signatures', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(audit.stdout || '{}');
} catch {
  console.error(audit.stdout || audit.stderr);
  process.exit(1);
}

const invalid = report.invalid || [];
const missing = report.missing || [];
console.log(`\nsignature audit:`);
console.log(`  invalid signatures: ${invalid.length}`);
console.log(`  packages without signatures/attestations: ${missing.length}`);
for (const p of missing.slice(0, 15)) console.log(`    - ${p.name}@${p.version}`);
if (missing.length > 15) console.log(`    ... and ${missing.length - 15} more`);
if (invalid.length) {
  for (const p of invalid) console.log(`  ✗ ${p.name}@${p.version}: ${p.code || 'invalid'}`);
  console.log('invalid signatures found: do not ship this build; investigate first');
  process.exit(1);
}
console.log('  ✓ no invalid signatures');
