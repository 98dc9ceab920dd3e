import cron from "node-cron";
import { pruneExpiredSessions } from "../src/sessions.js";
import { sendDigest } from "../src/digest.js";

// Every 10 minutes: drop sessions past their expiry from the app's own store.
cron.schedule("*/10 * * * *", async () => {
  const n = await pruneExpiredSessions();
  console.log(`[jobs] pruned ${n} sessions`);
});

// Weekdays at 07:30 in the team's time zone: queue the daily digest emails.
cron.schedule(
  "30 7 * * 1-5",
  async () => {
    await sendDigest();
  },
  { timezone: "America/Chicago" }
);
