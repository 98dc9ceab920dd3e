const cron = require("node-cron");
const { purgeExpiredSessions, sendDigestEmails } = require("../src/jobs");

const running = new Set();
function guarded(name, fn) {
  return async () => {
    if (running.has(name)) return console.warn(`${name}: previous run still going, skipping`);
    running.add(name);
    const t0 = Date.now();
    try { await fn(); console.log(`${name}: ok in ${Date.now() - t0} ms`); }
    catch (err) { console.error(`${name}: failed`, err); }
    finally { running.delete(name); }
  };
}

function startScheduler() {
  const tasks = [
    cron.schedule("*/10 * * * *", guarded("purge-sessions", purgeExpiredSessions)),
    cron.schedule("0 7 * * 1-5", guarded("digest", sendDigestEmails), { timezone: "Europe/Paris" }),
  ];
  process.once("SIGTERM", () => tasks.forEach((t) => t.stop()));
}

module.exports = { startScheduler };
