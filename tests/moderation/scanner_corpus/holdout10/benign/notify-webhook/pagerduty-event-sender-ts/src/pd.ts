// Minimal PagerDuty Events API v2 client (official endpoint only).
const ENDPOINT = "https://events.pagerduty.com/v2/enqueue";

type Severity = "critical" | "error" | "warning" | "info";

function routingKey(): string {
  const key = process.env.PD_ROUTING_KEY;
  if (!key || key.length !== 32) {
    throw new Error("PD_ROUTING_KEY must be the 32-character integration key of your service");
  }
  return key;
}

async function send(body: Record<string, unknown>): Promise<string> {
  const res = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ routing_key: routingKey(), ...body }),
  });
  const data = (await res.json()) as { status: string; dedup_key?: string; message?: string };
  if (res.status !== 202) throw new Error(`PagerDuty: ${res.status} ${data.message ?? ""}`);
  return data.dedup_key ?? "";
}

export function trigger(opts: {
  dedupKey: string;
  summary: string;
  severity?: Severity;
  source?: string;
  details?: Record<string, unknown>;
}) {
  return send({
    event_action: "trigger",
    dedup_key: opts.dedupKey,
    payload: {
      summary: opts.summary.slice(0, 1024),
      severity: opts.severity ?? "error",
      source: opts.source ?? (process.env.HOSTNAME || "batch"),
      custom_details: opts.details,
    },
  });
}

export const acknowledge = (dedupKey: string) => send({ event_action: "acknowledge", dedup_key: dedupKey });
export const resolve = (dedupKey: string) => send({ event_action: "resolve", dedup_key: dedupKey });
