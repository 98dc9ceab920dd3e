#!/usr/bin/env node
'use strict';

const fs = require('fs');

function parse(file) {
  const out = new Map();
  if (!fs.existsSync(file)) return out;
  for (const raw of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = line.match(/^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/);
    if (m) out.set(m[1], m[2].replace(/^["']|["']$/g, ''));
  }
  return out;
}

const target = process.argv[2] || '.env';
const example = parse('.env.example');
const actual = parse(target);
if (!example.size) {
  console.error('.env.example not found or empty');
  process.exit(2);
}

const missing = [...example.keys()].filter((k) => !actual.has(k));
const extra = [...actual.keys()].filter((k) => !example.has(k));
const looksPlaceholder = (v) => /changeme|replace|your[-_]|paste|example|^x+$/i.test(v);
const placeholder = [...actual.entries()]
  .filter(([k, v]) => v && (v === example.get(k) && looksPlaceholder(v) || looksPlaceholder(v)))
  .map(([k]) => k);

const show = (label, list) => console.log(`${label.padEnd(36)}${list.length ? list.join(', ') : '-'}`);
show(`missing (in example, not in ${target}):`, missing);
show(`extra   (in ${target}, not in example):`, extra);
show('placeholder still set:', placeholder);

process.exit(missing.length || placeholder.length ? 1 : 0);
