import cron from "node-cron";
import { buildDailyReport } from "../src/reports.js";

let running = false;

export function startScheduler(log = console) {
  if (process.env.RUN_SCHEDULER !== "1") {
    log.info("scheduler disabled on this replica");
    return;
  }
  cron.schedule(
    "0 7 * * *",
    async () => {
      if (running) return log.warn("daily report still running, skipping");
      running = true;
      const started = Date.now();
      try {
        const report = await buildDailyReport({ since: new Date(Date.now() - 864e5) });
        log.info(`daily report built: ${report.rows} rows in ${Date.now() - started} ms`);
      } catch (err) {
        log.error("daily report failed", err);
      } finally {
        running = false;
      }
    },
    { timezone: "America/Sao_Paulo" },
  );
  log.info("scheduler: daily report at 07:00 America/Sao_Paulo");
}
