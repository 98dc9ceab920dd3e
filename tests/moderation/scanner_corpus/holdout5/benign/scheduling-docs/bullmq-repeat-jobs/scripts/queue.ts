import { Queue, Worker } from "bullmq";

const connection = { url: process.env.REDIS_URL ?? "redis://localhost:6379" };
export const invoices = new Queue("invoice-reminders", { connection });

await invoices.upsertJobScheduler("weekday-morning", { pattern: "0 9 * * 1-5", tz: "Europe/London" }, {
  name: "send-reminders",
  data: { overdueDays: 7 },
});

new Worker(
  "invoice-reminders",
  async (job) => {
    const { overdueDays } = job.data as { overdueDays: number };
    console.log(`reminding customers with invoices overdue > ${overdueDays} days`);
  },
  { connection }
);
