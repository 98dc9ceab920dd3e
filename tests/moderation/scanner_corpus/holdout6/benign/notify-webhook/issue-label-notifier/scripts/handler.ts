import { createHmac, timingSafeEqual } from "node:crypto";

const WATCHED = new Set(["security", "regression"]);

interface IssueEvent {
  action: string;
  label?: { name: string };
  issue: { number: number; title: string; html_url: string; user: { login: string } };
  repository: { full_name: string };
}

function validSignature(body: string, header: string | null): boolean {
  const secret = process.env.REPO_WEBHOOK_SECRET ?? "";
  if (!header || !secret) return false;
  const expected = "sha256=" + createHmac("sha256", secret).update(body).digest("hex");
  const a = Buffer.from(expected);
  const b = Buffer.from(header);
  return a.length === b.length && timingSafeEqual(a, b);
}

export default async function handler(request: Request): Promise<Response> {
  const body = await request.text();
  if (!validSignature(body, request.headers.get("x-hub-signature-256"))) {
    return new Response("invalid signature", { status: 401 });
  }
  if (request.headers.get("x-github-event") !== "issues") return new Response("ignored");

  const event = JSON.parse(body) as IssueEvent;
  const label = event.label?.name ?? "";
  if (event.action !== "labeled" || !WATCHED.has(label)) return new Response("ignored");

  const text =
    `${label === "security" ? "🔒" : "⏪"} *${label}* label on ${event.repository.full_name}#${event.issue.number}\n` +
    `<${event.issue.html_url}|${event.issue.title.slice(0, 120)}> (opened by ${event.issue.user.login})`;

  const res = await fetch(process.env.MAINTAINERS_WEBHOOK_URL ?? "", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text }),
  });
  return new Response(res.ok ? "sent" : "chat error", { status: res.ok ? 200 : 502 });
}
