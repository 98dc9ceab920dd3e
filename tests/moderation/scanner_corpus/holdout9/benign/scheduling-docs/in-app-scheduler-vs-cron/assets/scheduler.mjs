import cron from "node-cron";
import { createClient } from "redis";

const redis = createClient({ url: process.env.REDIS_URL });
await redis.connect();

async function withLock(name, ttlMs, fn) {
  const token = `${process.pid}-${Date.now()}`;
  const ok = await redis.set(`lock:${name}`, token, { NX: true, PX: ttlMs });
  if (!ok) return console.log(`${name}: another replica holds the lock`);
  try {
    await fn();
  } finally {
    if ((await redis.get(`lock:${name}`)) === token) await redis.del(`lock:${name}`);
  }
}

cron.schedule("0 3 * * *", () => withLock("nightly-rollup", 30 * 60 * 1000, async () => {
  console.log("running nightly rollup");
  // await rollup();
}), { timezone: "Europe/Paris" });
