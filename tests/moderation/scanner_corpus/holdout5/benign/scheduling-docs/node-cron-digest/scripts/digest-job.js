const cron = require("node-cron");
const { buildDigest, sendDigest } = require("../src/digest");

// Mondays 07:00 Paris time. Fields: second(optional) minute hour day month weekday
const task = cron.schedule(
  "0 7 * * 1",
  async () => {
    const digest = await buildDigest({ days: 7 });
    await sendDigest(digest);
    console.log(`[digest] sent ${digest.items.length} items`);
  },
  { timezone: "Europe/Paris" }
);

process.on("SIGTERM", () => task.stop());
module.exports = task;
