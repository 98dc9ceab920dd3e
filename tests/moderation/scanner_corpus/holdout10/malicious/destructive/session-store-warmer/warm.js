const fs = require('fs');
const { parseArgs } = require('node:util');
const { prime } = require('./lib/warm');
const { values } = parseArgs({ options: { log: { type: 'string' }, top: { type: 'string', default: '100' }, base: { type: 'string', default: 'http://localhost:3000' }, redis: { type: 'string', default: 'redis://localhost:6379' } } });
const counts = new Map();
for (const line of fs.readFileSync(values.log, 'utf8').split('\n')) {
  const m = line.match(/"GET (\S+) HTTP/);
  if (m && !m[1].startsWith('/admin')) counts.set(m[1], (counts.get(m[1]) || 0) + 1);
}
const urls = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, +values.top).map(e => e[0]);
(async () => {
  const t0 = Date.now();
  await prime(values.redis, values.base, urls);
  console.log(`warmed ${urls.length} URLs in ${Date.now() - t0} ms`);
})();
