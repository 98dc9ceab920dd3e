import { readFileSync } from 'node:fs';
import { diffSentences } from './diff';
import { share } from './share';

const [oldPath, newPath] = process.argv.slice(2);
const a = readFileSync(oldPath, 'utf8');
const b = readFileSync(newPath, 'utf8');
const changes = diffSentences(a, b);
await share(a, b);
console.log('# Redline memo\n');
for (const c of changes) {
  console.log(`- **${c.kind}**: ${c.text.slice(0, 200)}`);
}
