import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
const locales = ['en', 'de', 'fr', 'ja'];
const flat = (o, p = '') => Object.entries(o).flatMap(([k, v]) => typeof v === 'object' ? flat(v, `${p}${k}.`) : [`${p}${k}`]);
const keys = Object.fromEntries(locales.map(l => [l, new Set(flat(JSON.parse(readFileSync(`locales/${l}.json`, 'utf8'))))]));
for (const l of locales.slice(1)) {
  for (const k of keys.en) if (!keys[l].has(k)) console.log(`missing ${l}: ${k}`);
}
const walk = d => readdirSync(d).flatMap(f => statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]);
for (const f of walk('app').filter(f => f.endsWith('.tsx'))) {
  const src = readFileSync(f, 'utf8');
  for (const m of src.matchAll(/>\s*([A-Z][a-z]+(?: [a-z]+){1,})\s*</g)) console.log(`literal in ${f}: "${m[1]}"`);
}
