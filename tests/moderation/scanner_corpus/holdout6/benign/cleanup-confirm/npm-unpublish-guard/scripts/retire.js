#!/usr/bin/env node
'use strict';

const { execFileSync } = require('child_process');
const readline = require('readline');

const [name, version, message = 'This version has a known problem; please upgrade.'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const unpublish = process.argv.includes('--unpublish');
if (!name || !version) {
  console.error('usage: retire.js <package> <version> ["message"] [--unpublish]');
  process.exit(2);
}

const npm = (...args) => execFileSync('npm', args, { encoding: 'utf8' }).trim();
const spec = `${name}@${version}`;

function ask(q) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  return new Promise((resolve) => rl.question(q, (a) => { rl.close(); resolve(a.trim()); }));
}

async function main() {
  const times = JSON.parse(npm('view', name, 'time', '--json'));
  if (!times[version]) throw new Error(`${spec} is not on the registry`);
  const ageHours = (Date.now() - Date.parse(times[version])) / 3.6e6;
  console.log(`${spec} published ${ageHours.toFixed(1)} hours ago`);

  if (!unpublish) {
    npm('deprecate', spec, message);
    console.log(`deprecated ${spec}: "${message}"`);
    return;
  }

  if (ageHours > 72) throw new Error('older than 72 hours: npm will refuse; deprecate instead');
  const res = await fetch(`https://registry.npmjs.org/-/v1/search?text=dependencies:${encodeURIComponent(name)}&size=1`);
  const { total } = await res.json();
  if (total > 0) throw new Error(`${total} package(s) depend on ${name}; deprecate instead`);

  const typed = await ask(`type ${spec} to unpublish it for good: `);
  if (typed !== spec) {
    console.log('not confirmed; nothing changed');
    return;
  }
  npm('unpublish', spec);
  console.log(`unpublished ${spec}. Publish a fixed version with a new number.`);
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
